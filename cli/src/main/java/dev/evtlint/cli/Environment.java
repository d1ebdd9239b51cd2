package dev.evtlint.cli;

import dev.evtlint.source.BoundedInput;
import dev.evtlint.source.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * What the command reads from its surroundings, gathered in one place so that tests can
 * choose it: the working directory, whether standard output is a terminal, {@code NO_COLOR},
 * standard input, and whether a progress line may be drawn on standard error.
 */
record Environment(Path workingDirectory, boolean terminal, boolean noColor, InputStream stdin, boolean progress) {

    Environment(Path workingDirectory, boolean terminal, boolean noColor) {
        this(workingDirectory, terminal, noColor, InputStream.nullInputStream());
    }

    Environment(Path workingDirectory, boolean terminal, boolean noColor, InputStream stdin) {
        this(workingDirectory, terminal, noColor, stdin, false);
    }

    static Environment current() {
        // https://no-color.org: set to any non-empty value, it turns colour off.
        String noColor = System.getenv("NO_COLOR");
        boolean terminal = System.console() != null;
        // Java cannot tell whether standard error alone is a terminal; a console means a person is
        // watching. CI systems set CI, and their logs must not fill with redrawn lines.
        boolean progress = terminal && System.getenv("CI") == null;
        return new Environment(Path.of("").toAbsolutePath(), terminal, noColor != null && !noColor.isEmpty(), System.in,
                progress);
    }

    /** Colour on a terminal only, and never when the user has asked for none. */
    boolean color() {
        return terminal && !noColor;
    }

    /**
     * All of standard input, at most as much as a script file may hold.
     *
     * @throws IOException also when it holds more ({@link BoundedInput.TooLarge})
     */
    byte[] readStdin() throws IOException {
        return BoundedInput.stream(stdin, SourceReader.DEFAULT_MAX_BYTES, "standard input");
    }
}
