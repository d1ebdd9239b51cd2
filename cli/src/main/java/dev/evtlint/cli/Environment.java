package dev.evtlint.cli;

import dev.evtlint.source.BoundedInput;
import dev.evtlint.source.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * What the command reads from its surroundings, gathered in one place so that tests can
 * choose it: the working directory, whether standard output is a terminal, what the environment
 * says about colour ({@link ColorChoice}), standard input, and whether a progress line may be drawn
 * on standard error.
 */
record Environment(Path workingDirectory, boolean terminal, ColorChoice colors, InputStream stdin, boolean progress) {

    Environment(Path workingDirectory, boolean terminal, boolean noColor) {
        this(workingDirectory, terminal, noColor, InputStream.nullInputStream());
    }

    Environment(Path workingDirectory, boolean terminal, boolean noColor, InputStream stdin) {
        this(workingDirectory, terminal, noColor ? ColorChoice.NEVER : ColorChoice.AUTO, stdin, false);
    }

    static Environment current() {
        boolean terminal = ColorChoice.isTerminal(System.console());
        // Java cannot tell whether standard error alone is a terminal; a console means a person is
        // watching. CI systems set CI, and their logs must not fill with redrawn lines.
        boolean progress = terminal && System.getenv("CI") == null;
        return new Environment(Path.of("").toAbsolutePath(), terminal, ColorChoice.of(System::getenv), System.in, progress);
    }

    /** Colour on a terminal only, unless the environment says otherwise. */
    boolean color() {
        return colors.color(terminal);
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
