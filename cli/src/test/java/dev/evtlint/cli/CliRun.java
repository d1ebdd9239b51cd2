package dev.evtlint.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One run of the command in a chosen working directory, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun in(Path workingDirectory, boolean terminal, String... args) {
        return run(new Environment(workingDirectory, terminal, false), args);
    }

    /** A run that reads {@code stdin} from standard input. */
    static CliRun withStdin(Path workingDirectory, String stdin, String... args) {
        return run(new Environment(workingDirectory, false, false, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), args);
    }

    private static CliRun run(Environment environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = EvtlintCommand.run(args, outStream, errStream, environment);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CliRun in(Path workingDirectory, String... args) {
        return in(workingDirectory, false, args);
    }

    /** A user error: exit code 2 and exactly one line on standard error. */
    boolean isOneLineUsageError() {
        return exitCode == ExitCodes.USAGE && err.endsWith("\n") && err.indexOf('\n') == err.length() - 1
                && err.startsWith("evtlint: error: ");
    }
}
