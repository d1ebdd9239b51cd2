package dev.evtlint.parse;

import java.time.Duration;

/**
 * Work took longer than its time budget: parsing a file (its {@link Deadline}; the file is skipped),
 * building the project model, or one rule (that rule's findings are left out). The run goes on.
 */
public final class TimeBudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Duration budget;

    public TimeBudgetExceeded(Duration budget) {
        // No stack trace: this is an outcome to report, not a bug to debug.
        super("took longer than " + budget, null, false, false);
        this.budget = budget;
    }

    public Duration budget() {
        return budget;
    }

    /** The budget as messages give it: {@code 30 s}, {@code 500 ms}. */
    public String budgetText() {
        return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
    }
}
