package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evtlint check main.sql} analyses what main.sql includes with psql's \ir, as psql would run it. */
class PsqlIncludeCliTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aFindingInAnIncludedFileFailsTheCheckOfTheIncludingScript() throws IOException {
        write("db/main.sql", "\\ir login/record.sql\nCREATE EVENT TRIGGER record_login ON login EXECUTE FUNCTION record_login();\n");
        write("db/login/record.sql", """
                CREATE FUNCTION record_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                  INSERT INTO login_log VALUES (session_user);
                END $$;
                """);
        CliRun run = CliRun.in(dir, "check", "--select", "EVT101", "db/main.sql");
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("db/login/record.sql:3:3: error: INSERT in login function record_login()"), run.out());
        assertTrue(run.out().contains("note: db/main.sql:2:1: login trigger record_login"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aMissingIncludedFileIsANoticeThatFailsTheRun() throws IOException {
        write("db/main.sql", "SELECT 1;\n\\ir missing.sql\n");
        CliRun run = CliRun.in(dir, "check", "db/main.sql");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.out().contains("db/main.sql: error: line 2: \\ir missing.sql not followed: no such file: db/missing.sql"),
                run.out());
    }
}
