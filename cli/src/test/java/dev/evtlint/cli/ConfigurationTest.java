package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evtlint.toml as the command line finds and applies it, and its options winning over the file. */
class ConfigurationTest {
    /** EVT101 (error) at 4:3, EVT601 (note) at 6:1, and an unknown function call (EVT406, warning) at 5:10. */
    private static final String LOGIN = """
            CREATE TABLE connection_log (who text, at timestamptz);
            CREATE FUNCTION log_connection() RETURNS event_trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO connection_log VALUES (session_user, now());
              PERFORM audit.log_event('login');
            END $$;
            CREATE EVENT TRIGGER log_connection ON login EXECUTE FUNCTION log_connection();
            """;

    @TempDir
    Path repo;
    private Path work;

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        work = Files.createDirectories(repo.resolve("db"));
        Files.createDirectories(work.resolve("legacy"));
        Files.writeString(work.resolve("login.sql"), LOGIN);
    }

    @Test
    void theNearestFileAboveTheWorkingDirectoryApplies() throws IOException {
        Files.writeString(repo.resolve("evtlint.toml"), "select = [\"EVT601\"]\n");
        CliRun run = CliRun.in(work, "check");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("[EVT601 "), run.out());
        assertFalse(run.out().contains("[EVT101 "), run.out());
        CliRun override = CliRun.in(work, "check", "--select", "EVT101");
        assertEquals(1, override.exitCode(), "the command line's --select wins");
        assertFalse(override.out().contains("[EVT601 "), override.out());
    }

    @Test
    void severityFailOnAndPerPathIgnores() throws IOException {
        Files.copy(work.resolve("login.sql"), work.resolve("legacy/old.sql"));
        Files.writeString(repo.resolve("evtlint.toml"), """
                fail-on = "warning"
                select = ["EVT101"]

                [severity]
                login-write-without-recovery-guard = "note"

                [per-path-ignores]
                "db/legacy/**" = ["EVT101"]
                """);
        CliRun run = CliRun.in(work, "check");
        assertEquals(0, run.exitCode(), "a note does not reach fail-on warning: " + run);
        assertTrue(run.out().contains("login.sql:4:3: note: "), run.out());
        // The finding in legacy/old.sql is ignored; login.sql's may still name the trigger old.sql created
        // first (login.sql's CREATE of the same name fails).
        assertFalse(run.out().lines().anyMatch(line -> line.startsWith("legacy/old.sql")), run.out());
        assertEquals(1, CliRun.in(work, "check", "--fail-on", "note").exitCode(), "--fail-on wins over the file");
    }

    @Test
    void perPathIgnoresApplyToStandardInputWhereStdinFilenamePutsIt() throws IOException {
        Files.writeString(repo.resolve("evtlint.toml"), "select = [\"EVT101\"]\n[per-path-ignores]\n\"db/legacy/*\" = [\"EVT101\"]\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            int code = EvtlintCommand.run(new String[] {"check", "-", "--stdin-filename", "legacy/login.sql"}, printer,
                    printer, new Environment(work, false, false, new ByteArrayInputStream(LOGIN.getBytes(StandardCharsets.UTF_8))));
            assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("No findings"));
    }

    @Test
    void knownFunctionsAreNotUnresolved() throws IOException {
        assertTrue(CliRun.in(work, "check", "--select", "EVT406").out().contains("audit.log_event"));
        Files.writeString(repo.resolve("evtlint.toml"), "known-functions = [\"audit.log_event(text)\"]\n");
        CliRun run = CliRun.in(work, "check", "--select", "EVT406");
        assertTrue(run.out().startsWith("No findings"), run.out());
    }

    @Test
    void pgVersionFromTheFileAndFromTheCommandLine() throws IOException {
        Files.writeString(repo.resolve("evtlint.toml"), "pg-version = 16\nselect = [\"EVT104\"]\n");
        assertTrue(CliRun.in(work, "check").out().contains("[EVT104 "));
        assertTrue(CliRun.in(work, "check", "--pg-version", "17").out().startsWith("No findings"));
    }

    @Test
    void aMistakeInTheFileIsOneLineWithItsPositionAndExitCode2() throws IOException {
        Files.writeString(repo.resolve("evtlint.toml"), "# rules\nignore = [\"EVT101\", \"EVT1O1\"]\n");
        CliRun run = CliRun.in(work, "check");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("../evtlint.toml:2:21: unknown rule 'EVT1O1'; 'evtlint rules' lists them\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void configOptionNamesTheFile() throws IOException {
        Files.writeString(repo.resolve("strict.toml"), "fail-on = \"never\"\n");
        Files.writeString(repo.resolve("evtlint.toml"), "selct = 1\n");
        CliRun run = CliRun.in(work, "check", "--config", "../strict.toml");
        assertEquals(0, run.exitCode(), "the named file replaces the one found: " + run);
        CliRun missing = CliRun.in(work, "check", "--config", "missing.toml");
        // One line naming the file, as for every other mistake in a configuration file.
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertEquals("missing.toml: no such file\n", missing.err());
    }
}
