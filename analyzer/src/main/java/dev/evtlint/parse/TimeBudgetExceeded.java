package dev.evtlint.parse;

import java.time.Duration;

/** Parsing a file took longer than its {@link Deadline} allows; the file is skipped, the run goes on. */
public final class TimeBudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Duration budget;

    TimeBudgetExceeded(Duration budget) {
        // No stack trace: this is an outcome to report, not a bug to debug.
        super("parsing took longer than " + budget, null, false, false);
        this.budget = budget;
    }

    public Duration budget() {
        return budget;
    }
}
