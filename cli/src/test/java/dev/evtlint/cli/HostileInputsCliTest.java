package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a repository or a broken environment can throw at the command line: configuration that
 * names files outside the repository, FIFOs and endless inputs where files are expected, a standard
 * output that cannot be written. Each ends in one line and a clear exit code, never a hang, a stack
 * trace or a secret in the output.
 */
class HostileInputsCliTest {
    private static final String SECRET = "TOKEN=hunter2";

    @TempDir
    Path dir;
    private Path repo;

    @BeforeEach
    void repository() throws IOException {
        repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("login.sql"), "SELECT 1;\n");
        Files.writeString(dir.resolve("secret.txt"), SECRET + "\n");
    }

    @Test
    void aConfigurationCannotNameAFileOutsideTheRepository() throws IOException {
        Files.createSymbolicLink(repo.resolve("order.txt"), dir.resolve("secret.txt"));
        for (String order : new String[] {dir.resolve("secret.txt").toString(), "../secret.txt", "db/../../secret.txt",
                "order.txt"}) {
            Files.writeString(repo.resolve("evtlint.toml"), "order = \"" + order + "\"\n");
            CliRun run = CliRun.in(repo, "check", "login.sql");
            assertEquals(ExitCodes.USAGE, run.exitCode(), order + ": " + run);
            assertTrue(run.err().startsWith("evtlint.toml:1:1: 'order' must name a file inside the repository, not "),
                    run.err());
            assertFalse(run.err().contains("hunter2"), run.err());
        }
    }

    @Test
    void aFoundConfigurationThatLinksOutOfTheRepositoryIsNotRead() throws IOException {
        Files.writeString(dir.resolve("elsewhere.toml"), "select = [\"EVT999\"]\n");
        Files.createSymbolicLink(repo.resolve("evtlint.toml"), dir.resolve("elsewhere.toml"));
        CliRun run = CliRun.in(repo, "check", "login.sql");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertEquals("evtlint.toml: a symbolic link out of the repository; not read\n", run.err());
    }

    @Test
    void errorsQuoteOnlyAShortEscapedExcerptOfAnInput() throws IOException {
        String longLine = "x".repeat(10_000) + "\u001B[2J";
        Files.writeString(repo.resolve("order.txt"), longLine + "\n");
        CliRun run = CliRun.in(repo, "check", "--order", "order.txt", "login.sql");
        assertEquals("order.txt:1:1: no such file: " + "x".repeat(60) + "... (10,004 characters)\n", run.err());
        Files.writeString(repo.resolve("evtlint.toml"), "k" + "e".repeat(1_000_000) + " = 1\n");
        CliRun key = CliRun.in(repo, "check", "login.sql");
        assertTrue(key.err().length() < 300 && key.err().contains("unknown key 'keeee"), key.err());
    }

    /**
     * picocli read an argument @FILE as a file of arguments: @/ (a folder) was an internal error
     * with a raw trace and exit 1, and @/dev/zero would read for ever. An argument is a path.
     */
    @Test
    void anArgumentStartingWithAtIsAPathNotAFileOfArguments() throws IOException {
        Files.writeString(repo.resolve("args.txt"), "--format\njson\n");
        CliRun folder = CliRun.in(repo, "check", "@/");
        assertEquals(ExitCodes.USAGE, folder.exitCode(), folder.toString());
        assertFalse(folder.err().contains("Exception"), folder.err());
        CliRun file = CliRun.in(repo, "check", "@args.txt", "login.sql");
        assertEquals("evtlint: error: no such file or directory: @args.txt\n", file.err());
    }

    /** A NUL byte cannot be in a path: it was an internal error. */
    @Test
    void aNulInARunOrderFileIsAMistakeOfTheFile() throws IOException {
        Files.writeString(repo.resolve("order.txt"), "# scripts\nlogin\0.sql\n");
        CliRun run = CliRun.in(repo, "check", "--order", "order.txt", "login.sql");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertEquals("order.txt:2:1: not a path: login\\u0000.sql\n", run.err());
    }

    @Test
    void fifosAreNotReadAsBaselinesOrRunOrders() throws Exception {
        Path fifo = repo.resolve("input.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        for (String option : new String[] {"--baseline", "--order", "--config"}) {
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> CliRun.in(repo, "check", option, "input.fifo", "login.sql"), option + " waited for a writer");
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
            assertTrue(run.err().startsWith("input.fifo: ") && run.err().endsWith("not a regular file (a FIFO, socket or device)\n")
                    || run.err().equals("input.fifo: no such file\n"), option + ": " + run.err());
        }
    }

    /** A sparse file: its size is real to evtlint, not to the disk. */
    @Test
    void aBaselineLargerThanTheLimitIsNotRead() throws IOException {
        try (RandomAccessFile huge = new RandomAccessFile(repo.resolve("huge.sarif").toFile(), "rw")) {
            huge.setLength(6L * 1024 * 1024 * 1024);
        }
        CliRun run = CliRun.in(repo, "check", "--baseline", "huge.sarif", "login.sql");
        assertEquals("huge.sarif: cannot read the baseline: too large (6,442,450,944 bytes; the limit is 134,217,728)\n",
                run.err());
    }

    @Test
    void aFullStandardOutputIsExitCode3WithOneLine() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EvtlintCommand.run(new String[] {"check", "--format", "sarif", "login.sql"},
                new PrintStream(full, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new Environment(repo, false, false));
        assertEquals(ExitCodes.INTERNAL_ERROR, code);
        assertEquals("evtlint: error: cannot write standard output (a full disk or a closed pipe)\n",
                err.toString(StandardCharsets.UTF_8));
    }

    /** As {@code check - < /dev/zero} did once the heap ran out: a JVM Error is one line and exit code 3. */
    @Test
    void anErrorIsOneLineAndExitCode3() {
        InputStream exhausting = new InputStream() {
            @Override
            public int read() {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EvtlintCommand.run(new String[] {"check", "-"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new Environment(repo, false, false, exhausting));
        assertEquals(ExitCodes.INTERNAL_ERROR, code);
        assertEquals("evtlint: internal error: java.lang.OutOfMemoryError: Java heap space (please report this)\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void configurationMessagesOfTheSmallerKinds() throws IOException {
        Files.write(repo.resolve("evtlint.toml"), "# caf\u00e9\nselect = []\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("evtlint.toml: cannot read: not valid UTF-8: byte 0xE9 at offset 5; save it as UTF-8\n",
                CliRun.in(repo, "check", "login.sql").err());
        Files.write(repo.resolve("evtlint.toml"), "\uFEFFselect = [\"EVT101\"]\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(ExitCodes.OK, CliRun.in(repo, "check", "login.sql").exitCode(), "a byte order mark is fine");
        Files.writeString(repo.resolve("evtlint.toml"), "[per-path-ignores]\n\"db/{a,b\" = [\"EVT101\"]\n");
        assertEquals("evtlint.toml:2:1: not a valid glob: Missing '} at index 6\n", CliRun.in(repo, "check", "login.sql").err());
        Files.delete(repo.resolve("evtlint.toml"));
        Files.writeString(repo.resolve("other.sarif"), "{\"runs\": [{\"tool\": {}}]}");
        assertEquals("other.sarif: not a SARIF file: run 1 has no 'results' array\n",
                CliRun.in(repo, "check", "--baseline", "other.sarif", "login.sql").err());
        Files.writeString(repo.resolve("other.sarif"), "{\"runs\": [{\"results\": [{\"message\": {}}]}]}");
        assertEquals("other.sarif: not a SARIF file of evtlint: result 1 of run 1 has no 'ruleId' or no location with a 'uri'\n",
                CliRun.in(repo, "check", "--baseline", "other.sarif", "login.sql").err());
    }

    /** GitHub's runner reads a log line starting with '::' as a workflow command: names and paths must not start one. */
    @Test
    void listingsAndReportsEscapeNamesAndPaths() throws IOException {
        Files.writeString(repo.resolve("::x.sql"), "CREATE EVENT TRIGGER \"a\n::error::pwn\" ON login EXECUTE FUNCTION f();\n");
        for (String[] command : new String[][] {{"triggers", "::x.sql"}, {"parse", "::x.sql"},
                {"parse", "--format", "tsv", "::x.sql"}, {"check", "::x.sql"}}) {
            CliRun run = CliRun.in(repo, command);
            assertTrue(run.out().lines().noneMatch(line -> line.strip().startsWith("::")), run.out());
            assertTrue(run.out().contains("\\u003A:x.sql") || command[0].equals("triggers"), run.out());
        }
        assertTrue(CliRun.in(repo, "triggers", "::x.sql").out().startsWith("a\\n::error::pwn on login"));
    }
}
