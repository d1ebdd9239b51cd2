package dev.evtlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * What the command reads from its surroundings, gathered in one place so that tests can
 * choose it: the working directory, whether standard output is a terminal, {@code NO_COLOR}, and
 * standard input.
 */
record Environment(Path workingDirectory, boolean terminal, boolean noColor, InputStream stdin) {

    Environment(Path workingDirectory, boolean terminal, boolean noColor) {
        this(workingDirectory, terminal, noColor, InputStream.nullInputStream());
    }

    static Environment current() {
        // https://no-color.org: set to any non-empty value, it turns colour off.
        String noColor = System.getenv("NO_COLOR");
        return new Environment(Path.of("").toAbsolutePath(), System.console() != null,
                noColor != null && !noColor.isEmpty(), System.in);
    }

    /** Colour on a terminal only, and never when the user has asked for none. */
    boolean color() {
        return terminal && !noColor;
    }

    /** All of standard input. */
    byte[] readStdin() {
        try {
            return stdin.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }
}
