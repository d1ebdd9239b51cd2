package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evtlint check --fix}, {@code --unsafe-fixes} and {@code --diff}, as ruff's options of the same names. */
class FixCommandTest {
    /** EVT203 with a safe fix (an underscore for a space) and EVT601 with an unsafe one (DROP IF EXISTS first). */
    private static final String SETUP = """
            CREATE OR REPLACE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE NOTICE 'ddl: %', tg_tag;
            END $$;
            CREATE EVENT TRIGGER audit_ddl ON ddl_command_end
              WHEN TAG IN ('create_table')
              EXECUTE FUNCTION audit_ddl();
            """;
    private static final String SAFELY_FIXED = SETUP.replace("'create_table'", "'CREATE TABLE'");
    private static final String ALL_FIXED = SAFELY_FIXED.replace("CREATE EVENT TRIGGER audit_ddl",
            "DROP EVENT TRIGGER IF EXISTS audit_ddl;\nCREATE EVENT TRIGGER audit_ddl");

    @TempDir
    Path dir;

    private Path setup(String text) throws IOException {
        Path file = dir.resolve("setup.sql");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void fixMakesTheSafeFixesInPlaceAndReportsWhatIsLeft() throws IOException {
        Path file = setup(SETUP);
        CliRun run = CliRun.in(dir, "check", "--fix", "setup.sql");
        assertEquals(SAFELY_FIXED, Files.readString(file));
        assertFalse(run.out().contains("EVT203"), run.out());
        assertTrue(run.out().contains("EVT601"), run.out());
        assertEquals("evtlint: applied 1 fix; 1 fix available with --unsafe-fixes\n", run.err());
        // EVT601 is a note: nothing left fails the run.
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    }

    @Test
    void unsafeFixesMakeTheOthersToo() throws IOException {
        Path file = setup(SETUP);
        CliRun run = CliRun.in(dir, "check", "--fix", "--unsafe-fixes", "setup.sql");
        assertEquals(ALL_FIXED, Files.readString(file));
        assertEquals("evtlint: applied 2 fixes\n", run.err());
        assertFalse(run.out().contains("EVT601"), run.out());
    }

    @Test
    void fixesThatTouchTheSamePlaceAreMadeOneRoundAfterTheOther() throws IOException {
        // Two writes, two findings, two guards for one place: the second finding is gone once the first guard is in.
        Path file = dir.resolve("V1__login.sql");
        Files.writeString(file, """
                CREATE FUNCTION log_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                  INSERT INTO login_log VALUES (session_user);
                  UPDATE login_count SET n = n + 1;
                END $$;
                CREATE EVENT TRIGGER log_login ON login EXECUTE FUNCTION log_login();
                """);
        CliRun run = CliRun.in(dir, "check", "--fix", "--unsafe-fixes", "--select", "EVT101", "V1__login.sql");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals(1, Files.readString(file).split("pg_is_in_recovery", -1).length - 1, Files.readString(file));
        assertEquals("evtlint: applied 1 fix\n", run.err());
    }

    @Test
    void twoValuesOfOneListAreNotRespeltAtOnceIntoTheSameTag() throws IOException {
        Path file = setup(SETUP.replace("('create_table')", "('create_table', 'CREATE_TABLE')"));
        CliRun run = CliRun.in(dir, "check", "--fix", "setup.sql");
        // The first in one round; the second then names a tag the list has, and is left to the author.
        assertTrue(Files.readString(file).contains("WHEN TAG IN ('CREATE TABLE', 'CREATE_TABLE')"), Files.readString(file));
        assertTrue(run.out().contains("EVT203"), run.out());
        assertFalse(run.out().contains("EVT206"), run.out());
        assertTrue(run.err().startsWith("evtlint: applied 1 fix;"), run.err());
    }

    @Test
    void aDropFirstAndARenameOfOneTriggerAreNotMadeInOneRound() throws IOException {
        String triggers = """
                CREATE OR REPLACE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                  RAISE NOTICE 'ddl: %', tg_tag;
                END $$;
                CREATE EVENT TRIGGER trg_2_audit ON ddl_command_end EXECUTE FUNCTION audit_ddl();
                CREATE EVENT TRIGGER trg_10_check ON ddl_command_end EXECUTE FUNCTION audit_ddl();
                """;
        Path file = setup(triggers);
        CliRun run = CliRun.in(dir, "check", "--fix", "--unsafe-fixes", "--fail-on", "never", "setup.sql");
        // The drops come first in report order; the rename then waits, and the drop names the old name.
        assertEquals(triggers.replace("CREATE EVENT TRIGGER trg_2_audit", "DROP EVENT TRIGGER IF EXISTS trg_2_audit;\nCREATE EVENT TRIGGER trg_2_audit")
                .replace("CREATE EVENT TRIGGER trg_10_check", "DROP EVENT TRIGGER IF EXISTS trg_10_check;\nCREATE EVENT TRIGGER trg_10_check"),
                Files.readString(file));
        assertFalse(run.out().contains("EVT601"), run.out());
        assertTrue(run.out().contains("EVT302"), run.out());
    }

    @Test
    void diffWritesNothingAndShowsWhatFixWouldChange() throws IOException {
        Path file = setup(SETUP);
        CliRun run = CliRun.in(dir, "check", "--diff", "setup.sql");
        assertEquals(SETUP, Files.readString(file));
        assertEquals("""
                --- setup.sql
                +++ setup.sql
                @@ -3,5 +3,5 @@
                   RAISE NOTICE 'ddl: %', tg_tag;
                 END $$;
                 CREATE EVENT TRIGGER audit_ddl ON ddl_command_end
                -  WHEN TAG IN ('create_table')
                +  WHEN TAG IN ('CREATE TABLE')
                   EXECUTE FUNCTION audit_ddl();
                """, run.out());
        assertEquals("evtlint: would apply 1 fix; 1 fix available with --unsafe-fixes\n", run.err());
        assertEquals(ExitCodes.FINDINGS, run.exitCode());
        assertEquals(ExitCodes.OK, CliRun.in(dir, "check", "--fix-dry-run", "--select", "EVT601", "setup.sql").exitCode());
    }

    @Test
    void aFixedFileKeepsItsByteOrderMarkLineEndingsAndEncoding() throws IOException {
        String crlf = SETUP.replace("\n", "\r\n");
        byte[] utf8 = crlf.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[utf8.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, marked, 3, utf8.length);
        Path file = dir.resolve("setup.sql");
        Files.write(file, marked);
        CliRun.in(dir, "check", "--fix", "setup.sql");
        byte[] fixed = SAFELY_FIXED.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] expected = new byte[fixed.length + 3];
        System.arraycopy(marked, 0, expected, 0, 3);
        System.arraycopy(fixed, 0, expected, 3, fixed.length);
        assertArrayEquals(expected, Files.readAllBytes(file));

        Files.write(file, ("\uFEFF" + SETUP).getBytes(StandardCharsets.UTF_16LE));
        CliRun.in(dir, "check", "--fix", "setup.sql");
        assertArrayEquals(("\uFEFF" + SAFELY_FIXED).getBytes(StandardCharsets.UTF_16LE), Files.readAllBytes(file));
    }

    @Test
    void aSymbolicLinkIsNotWrittenThrough() throws IOException {
        Path target = dir.resolve("real.txt");
        Files.writeString(target, SETUP);
        Files.createSymbolicLink(dir.resolve("setup.sql"), target);
        CliRun run = CliRun.in(dir, "check", "--fix", "setup.sql");
        assertEquals(SETUP, Files.readString(target));
        assertTrue(Files.isSymbolicLink(dir.resolve("setup.sql")));
        assertTrue(run.err().startsWith("setup.sql: error: not fixed: it is a symbolic link\n"), run.err());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        // The report is that of the file as it stays.
        assertTrue(run.out().contains("EVT203"), run.out());
    }

    @Test
    void standardInputsFixedScriptGoesToStandardOutputAndTheReportToStandardError() throws IOException {
        CliRun run = CliRun.withStdin(dir, SETUP, "check", "--fix", "--stdin-filename", "setup.sql", "-");
        assertEquals(SAFELY_FIXED, run.out());
        assertTrue(run.err().contains("EVT601"), run.err());
        assertFalse(run.err().contains("EVT203"), run.err());
        assertFalse(Files.exists(dir.resolve("setup.sql")));
    }

    @Test
    void sarifResultsCarryTheirRulesFixesAsReplacementsOfTheFileOnDisk() throws IOException {
        setup(SETUP);
        JsonNode results = new ObjectMapper().readTree(CliRun.in(dir, "check", "--format", "sarif", "setup.sql").out())
                .path("runs").path(0).path("results");
        JsonNode tag = result(results, "EVT203").path("fixes");
        assertEquals(1, tag.size(), tag.toString());
        assertEquals("Use the command tag 'CREATE TABLE'", tag.path(0).path("description").path("text").asText());
        assertEquals("safe", tag.path(0).path("properties").path("applicability").asText());
        JsonNode change = tag.path(0).path("artifactChanges").path(0);
        assertEquals("setup.sql", change.path("artifactLocation").path("uri").asText());
        JsonNode replacement = change.path("replacements").path(0);
        assertEquals("{\"startLine\":6,\"startColumn\":16,\"endLine\":6,\"endColumn\":30}", replacement.path("deletedRegion").toString());
        assertEquals("'CREATE TABLE'", replacement.path("insertedContent").path("text").asText());
        // An insertion replaces an empty region.
        JsonNode drop = result(results, "EVT601").path("fixes").path(0).path("artifactChanges").path(0).path("replacements").path(0);
        assertEquals("{\"startLine\":5,\"startColumn\":1,\"endLine\":5,\"endColumn\":1}", drop.path("deletedRegion").toString());
        assertEquals("unsafe", result(results, "EVT601").path("fixes").path(0).path("properties").path("applicability").asText());
    }

    private static JsonNode result(JsonNode results, String rule) {
        for (JsonNode result : results) {
            if (result.path("ruleId").asText().equals(rule)) {
                return result;
            }
        }
        throw new AssertionError(rule + " not in " + results);
    }

    @Test
    void unsafeFixesAloneIsAUsageError() {
        CliRun run = CliRun.in(dir, "check", "--unsafe-fixes", ".");
        assertTrue(run.isOneLineUsageError(), run.toString());
        assertTrue(run.err().contains("--unsafe-fixes needs --fix or --diff"), run.err());
    }
}
