package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --write-baseline, then --baseline: only what is new is reported, and counts for the exit code. */
class BaselineTest {
    private static final String UNGUARDED = """
            CREATE TABLE connection_log (who text, at timestamptz);
            CREATE FUNCTION log_connection() RETURNS event_trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO connection_log VALUES (session_user, now());
            END $$;
            CREATE EVENT TRIGGER log_connection ON login EXECUTE FUNCTION log_connection();
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void script() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("login.sql"), UNGUARDED);
    }

    @Test
    void onlyNewFindingsAreReportedAndFail() throws IOException {
        CliRun first = CliRun.in(dir, "check", "--write-baseline", "baseline.sarif");
        assertEquals(0, first.exitCode(), "writing the baseline accepts today's findings");
        assertTrue(first.out().contains("[EVT101 "), "the run that writes the baseline still reports them");
        assertTrue(Files.exists(dir.resolve("baseline.sarif")));

        // Lines above the finding move it; the line hash still matches.
        Files.writeString(dir.resolve("login.sql"), "-- login auditing\n\n" + UNGUARDED);
        CliRun same = CliRun.in(dir, "check", "--baseline", "baseline.sarif");
        assertEquals(0, same.exitCode(), same.toString());
        assertTrue(same.out().startsWith("No findings in 1 file; 2 unchanged from the baseline"), same.out());

        // The line hash covers about 100 characters from the start of the line: code appended after
        // the last trigger changes its hash (EVT601 there is new, its old entry gone), not the INSERT's.
        Files.writeString(dir.resolve("login.sql"), UNGUARDED + """
                CREATE FUNCTION count_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                  UPDATE login_count SET n = n + 1;
                END $$;
                CREATE EVENT TRIGGER count_login ON login EXECUTE FUNCTION count_login();
                """);
        CliRun changed = CliRun.in(dir, "check", "--baseline", "baseline.sarif");
        assertEquals(1, changed.exitCode(), changed.toString());
        assertTrue(changed.out().contains("login.sql:9:3: error: UPDATE"), changed.out());
        assertFalse(changed.out().contains("login.sql:4:3:"), "the INSERT is in the baseline: " + changed.out());
        assertTrue(changed.out().contains("; 1 unchanged from the baseline, 1 gone"), changed.out());
    }

    @Test
    void sarifMarksTheRemainingResultsNew() throws IOException {
        CliRun.in(dir, "check", "--write-baseline", "baseline.sarif", "--select", "EVT601");
        Files.writeString(dir.resolve("login.sql"), UNGUARDED.replace("now());", "now());\n  DELETE FROM connection_log;"));
        CliRun run = CliRun.in(dir, "check", "--baseline", "baseline.sarif", "--format", "sarif");
        JsonNode results = new ObjectMapper().readTree(run.out()).path("runs").path(0).path("results");
        assertEquals(2, results.size(), "EVT101 twice; EVT601 is in the baseline");
        for (JsonNode result : results) {
            assertEquals("EVT101", result.path("ruleId").asText());
            assertEquals("new", result.path("baselineState").asText());
        }
    }

    @Test
    void aBrokenBaselineIsOneLineAndExitCode2() throws IOException {
        Files.writeString(dir.resolve("broken.sarif"), "{\"runs\": [\n");
        CliRun broken = CliRun.in(dir, "check", "--baseline", "broken.sarif");
        assertEquals(ExitCodes.USAGE, broken.exitCode());
        assertTrue(broken.err().startsWith("broken.sarif:2:1: not a SARIF file: "), broken.err());
        assertEquals(1, broken.err().lines().count());

        Files.writeString(dir.resolve("other.json"), "{\"version\": \"2.1.0\"}");
        assertEquals("other.json: not a SARIF file: it has no 'runs' array\n",
                CliRun.in(dir, "check", "--baseline", "other.json").err());
        assertEquals("missing.sarif: cannot read the baseline: no such file\n",
                CliRun.in(dir, "check", "--baseline", "missing.sarif").err());
    }
}
