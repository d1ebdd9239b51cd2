package dev.evtlint.cli;

import dev.evtlint.rule.Severity;
import java.util.Locale;

/** The {@code --fail-on} threshold: the least serious severity that makes the run fail. */
enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), NOTE(Severity.NOTE), NEVER(null);

    /** Null for NEVER: nothing fails the run. */
    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    boolean fails(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    /** The threshold a configuration file's {@code fail-on} names (already checked). */
    static FailOn of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** The spelling on the command line, which picocli also shows in the help. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
