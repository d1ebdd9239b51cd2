package dev.evtlint.api;

import dev.evtlint.rule.Severity;
import java.util.Locale;

/**
 * The threshold of a run ({@code --fail-on}, the Maven plugin's {@code failOnSeverity}): the least
 * serious severity that makes the run fail.
 */
public enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), NOTE(Severity.NOTE), NEVER(null);

    /** Null for NEVER: nothing fails the run. */
    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    public boolean fails(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    /**
     * The threshold a user wrote, in any case.
     *
     * @throws IllegalArgumentException naming the values there are
     */
    public static FailOn parse(String text) {
        return Spelling.parse(FailOn.class, text);
    }

    /** The spelling users write, which picocli also shows in the help. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
