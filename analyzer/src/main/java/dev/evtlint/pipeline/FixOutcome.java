package dev.evtlint.pipeline;

import dev.evtlint.ast.SourceFile;
import java.util.List;

/**
 * What {@link Pipeline#fix} did: {@code check} is the check of the fixed scripts (what the report
 * shows), {@code changed} the scripts it changed, {@code applied} the number of fixes it made;
 * {@code remaining} findings still have a fix it was allowed to make (when the rounds ran out),
 * {@code unsafe} findings have a fix only {@code --unsafe-fixes} makes.
 */
public record FixOutcome(CheckOutcome check, List<FixedScript> changed, int applied, int remaining, int unsafe) {

    /** A script as it was read ({@code original}) and its text with the fixes made. */
    public record FixedScript(SourceFile original, String text) {
    }

    public FixOutcome {
        changed = List.copyOf(changed);
    }
}
