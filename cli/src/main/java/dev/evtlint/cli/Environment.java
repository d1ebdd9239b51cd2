package dev.evtlint.cli;

import java.nio.file.Path;

/**
 * What the command reads from its surroundings, gathered in one place so that tests can
 * choose it: the working directory, whether standard output is a terminal, and {@code NO_COLOR}.
 */
record Environment(Path workingDirectory, boolean terminal, boolean noColor) {

    static Environment current() {
        // https://no-color.org: set to any non-empty value, it turns colour off.
        String noColor = System.getenv("NO_COLOR");
        return new Environment(Path.of("").toAbsolutePath(), System.console() != null,
                noColor != null && !noColor.isEmpty());
    }

    /** Colour on a terminal only, and never when the user has asked for none. */
    boolean color() {
        return terminal && !noColor;
    }
}
