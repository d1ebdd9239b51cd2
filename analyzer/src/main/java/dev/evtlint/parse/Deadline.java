package dev.evtlint.parse;

import java.time.Duration;

/**
 * The time by which parsing a file must be done: the per-file time budget of a run. Parsing asks
 * it at every statement and, through the parsers, at every grammar rule they enter, so that a
 * pathological input costs the budget and no more. The threads that parse runs of one large script
 * share it: its countdown only says when to read the clock next, so their races on it do no harm.
 */
public final class Deadline {
    private static final Deadline NONE = new Deadline(Duration.ZERO, Long.MAX_VALUE);
    /** Reading the clock at every grammar rule would cost more than the parse; every 1024th call is soon enough. */
    private static final int CALLS_PER_CLOCK_READING = 1024;

    private final Duration budget;
    private final long expiresAtNanos;
    private int callsUntilClockReading = CALLS_PER_CLOCK_READING;

    private Deadline(Duration budget, long expiresAtNanos) {
        this.budget = budget;
        this.expiresAtNanos = expiresAtNanos;
    }

    /** A deadline {@code budget} from now; a zero or negative budget never expires. */
    public static Deadline after(Duration budget) {
        if (budget.isZero() || budget.isNegative()) {
            return NONE;
        }
        return new Deadline(budget, System.nanoTime() + budget.toNanos());
    }

    static Deadline none() {
        return NONE;
    }

    /** Throws {@link TimeBudgetExceeded} once the deadline has passed; cheap enough to call very often. */
    void check() {
        if (this == NONE || --callsUntilClockReading > 0) {
            return;
        }
        callsUntilClockReading = CALLS_PER_CLOCK_READING;
        if (System.nanoTime() - expiresAtNanos > 0) {
            throw new TimeBudgetExceeded(budget);
        }
    }
}
