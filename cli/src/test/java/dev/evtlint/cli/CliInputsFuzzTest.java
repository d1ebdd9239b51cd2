package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzzes what a repository and a workflow give the command line besides scripts (issue 16): the
 * arguments, evtlint.toml, a baseline and a run order file. Whatever they hold, the run ends with
 * exit code 0, 1 or 2 and no stack trace; exit code 3 and "internal error" are bugs of evtlint.
 * Arguments come from the options' names and values drawn from the input, but paths only name
 * files inside the repository of each run: the fuzzer must not make a run read the machine.
 */
class CliInputsFuzzTest {
    private static final String[] COMMANDS = {"check", "check", "check", "parse", "triggers", "rules", "explain"};
    private static final String[] OPTIONS = {"--baseline", "--config", "--fail-on", "--file-timeout", "--format", "--jobs",
        "--order", "--output", "--pg-version", "--source-root", "--stdin-filename", "--write-baseline", "--ignore", "--select"};
    private static final String[] FILES = {"evtlint.toml", "baseline.sarif", "order.txt", "login.sql", "sub", "out.txt",
        "sub/evtlint.toml", "missing.sql", "."};
    private static final String LOGIN = """
            CREATE FUNCTION on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO login_log VALUES (session_user, now());
            END $$;
            CREATE EVENT TRIGGER on_login ON login EXECUTE FUNCTION on_login();
            """;

    @FuzzTest
    void run(FuzzedDataProvider data) throws IOException {
        Path repo = Files.createTempDirectory("evtlint-cli-fuzz");
        try {
            Files.createDirectories(repo.resolve(".git"));
            Files.createDirectories(repo.resolve("sub"));
            Files.writeString(repo.resolve("login.sql"), LOGIN);
            Files.write(repo.resolve("evtlint.toml"), data.consumeBytes(data.consumeInt(0, 600)));
            Files.write(repo.resolve("baseline.sarif"), data.consumeBytes(data.consumeInt(0, 600)));
            Files.write(repo.resolve("order.txt"), data.consumeBytes(data.consumeInt(0, 200)));
            List<String> args = new ArrayList<>(List.of(data.pickValue(COMMANDS)));
            for (int i = data.consumeInt(0, 6); i > 0; i--) {
                switch (data.consumeInt(0, 3)) {
                    case 0 -> args.add(data.pickValue(FILES));
                    case 1 -> args.add(data.pickValue(OPTIONS) + "=" + safe(data.consumeString(40)));
                    case 2 -> args.add(data.pickValue(OPTIONS) + "=" + data.pickValue(FILES));
                    default -> args.add(safe(data.consumeString(40)));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            // Standard input is a short script: "-" among the arguments must not wait for a terminal.
            Environment environment = new Environment(repo, false, false,
                    new ByteArrayInputStream("SELECT 1;\n".getBytes(StandardCharsets.UTF_8)));
            int code = EvtlintCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), environment);
            String errors = err.toString(StandardCharsets.UTF_8);
            assertTrue(code >= 0 && code <= 2, () -> "exit code " + code + " for " + args + ": " + errors);
            // An internal error is a line of its own, and a stack trace lines of frames; an argument
            // echoed in a message (escaped, so on the message's line) may hold either text itself.
            assertFalse(errors.lines().anyMatch(line -> line.startsWith("evtlint: internal error:") || line.startsWith("\tat ")),
                    () -> args + ": " + errors);
        } finally {
            try (Stream<Path> files = Files.walk(repo)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** An argument or option value that cannot name a path outside the repository: no leading slash or tilde, no "..". */
    private static String safe(String argument) {
        String relative = argument.replace("..", "_");
        while (relative.startsWith("/") || relative.startsWith("~")) {
            relative = relative.substring(1);
        }
        return relative;
    }
}
