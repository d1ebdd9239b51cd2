package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/github-action.sh, the logic of action.yml, run as the composite action runs it: with the
 * variables a runner sets and the inputs as INPUT_*, getting the jar of a release (here a folder
 * reached with a file: URL, EVTLINT_ACTION_RELEASES) into the tool cache.
 */
class GitHubActionIT {
    private static final String VERSION = "9.8.7";
    private static final String LOGIN_FUNCTION = """
            CREATE FUNCTION log_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO login_log VALUES (session_user, now());
            END $$;
            """;
    /** In another folder than its function: the paths form one project. Not rerunnable: a note (EVT601). */
    private static final String LOGIN_TRIGGER = "CREATE EVENT TRIGGER log_login ON login EXECUTE FUNCTION log_login();\n";

    @TempDir
    Path runner;
    private Path workspace;
    private Path releases;
    private final Map<String, String> inputs = new LinkedHashMap<>();

    @BeforeEach
    void aRunnerWithARelease() throws IOException {
        workspace = Files.createDirectories(runner.resolve("work/repo"));
        releases = runner.resolve("releases");
        Files.createDirectories(releases.resolve("v" + VERSION));
        Files.copy(ProcessRun.jar(), releases.resolve("v" + VERSION + "/evtlint-" + VERSION + ".jar"));
        Files.createDirectories(runner.resolve("temp"));
        Files.createDirectories(runner.resolve("tool-cache"));
        // What action.yml passes when the user gives no input but paths.
        inputs.put("INPUT_VERSION", VERSION);
        inputs.put("INPUT_FAIL_ON", "");
        inputs.put("INPUT_CONFIG", "");
        inputs.put("INPUT_BASELINE", "");
        inputs.put("INPUT_PG_VERSION", "");
        inputs.put("INPUT_SARIF_FILE", "evtlint.sarif");
    }

    @Test
    void findingsAreInTheSarifTheAnnotationsAndTheSummaryAndTheExitCodeIsLeftForAfterTheUpload() throws Exception {
        write("db/login.sql", LOGIN_FUNCTION);
        write("triggers/login.sql", LOGIN_TRIGGER);
        inputs.put("INPUT_PATHS", "db\ntriggers");

        ProcessRun run = action();

        assertEquals(0, run.exitCode(), "the step must succeed so that the upload runs:\n" + run.output());
        assertEquals(Map.of("exit-code", "1", "findings", "2", "errors", "1", "warnings", "0", "notes", "1",
                "sarif-file", "evtlint.sarif"), outputs());
        assertTrue(run.output().contains("::error file=db/login.sql,line=3,col=3,endLine=3,endColumn=53,"
                + "title=EVT101 login-write-without-recovery-guard::INSERT in login function log_login()"), run.output());
        assertTrue(run.output().contains("::notice file=triggers/login.sql,line=1,col=1,"), run.output());

        JsonNode results = new ObjectMapper().readTree(workspace.resolve("evtlint.sarif").toFile())
                .path("runs").path(0).path("results");
        assertEquals(2, results.size());
        assertEquals("EVT101", results.path(0).path("ruleId").asText());
        assertEquals("db/login.sql", results.path(0).path("locations").path(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText(), "relative to the workspace, as code scanning needs");

        String summary = summary();
        assertTrue(summary.startsWith("## evtlint\n"), summary);
        assertTrue(summary.contains("| 2 | 1 | 0 | 1 |\n"), summary);
        assertTrue(summary.contains("| EVT101 login-write-without-recovery-guard | 1 |\n"), summary);
        assertTrue(summary.contains("| EVT601 event-trigger-not-rerunnable | 1 |\n"), summary);
        assertTrue(summary.contains("Exit code: 1 "), summary);
    }

    @Test
    void failOnDecidesTheExitCodeAndTheSarifHoldsTheFindingsWhateverItSays() throws Exception {
        write("db/login.sql", LOGIN_FUNCTION.replace("BEGIN\n", "BEGIN\n  IF pg_is_in_recovery() THEN RETURN; END IF;\n")
                + LOGIN_TRIGGER);
        inputs.put("INPUT_PATHS", "db");

        for (String failOn : List.of("never", "warning", "note")) {
            inputs.put("INPUT_FAIL_ON", failOn);
            Map<String, String> outputs = runOutputs();
            assertEquals(failOn.equals("note") ? "1" : "0", outputs.get("exit-code"), failOn);
            assertEquals("1", outputs.get("notes"), failOn);
            assertEquals(1, new ObjectMapper().readTree(workspace.resolve("evtlint.sarif").toFile())
                    .path("runs").path(0).path("results").size(), failOn);
        }
    }

    @Test
    void cleanScriptsPass() throws Exception {
        write("db/V1__log.sql", "CREATE TABLE login_log (who text, at timestamptz);\n");
        inputs.put("INPUT_PATHS", "");    // the default: the whole workspace

        Map<String, String> outputs = runOutputs();

        assertEquals("0", outputs.get("exit-code"));
        assertEquals("0", outputs.get("findings"));
        assertTrue(summary().contains("No findings."), summary());
        assertEquals(0, new ObjectMapper().readTree(workspace.resolve("evtlint.sarif").toFile())
                .path("runs").path(0).path("results").size());
    }

    @Test
    void anOptionErrorFailsWithoutASarifToUpload() throws Exception {
        write("db/login.sql", LOGIN_FUNCTION);
        inputs.put("INPUT_PATHS", "db");
        inputs.put("INPUT_PG_VERSION", "3");

        ProcessRun run = action();

        assertEquals(0, run.exitCode(), run.output());
        Map<String, String> outputs = outputs();
        assertEquals("2", outputs.get("exit-code"));
        assertFalse(outputs.containsKey("sarif-file"), "nothing to upload: " + outputs);
        assertFalse(Files.exists(workspace.resolve("evtlint.sarif")));
        assertTrue(run.output().contains("--pg-version must be between"), run.output());
    }

    @Test
    void theJarIsDownloadedOnceIntoTheToolCache() throws Exception {
        write("db/V1__log.sql", "SELECT 1;\n");
        inputs.put("INPUT_PATHS", "db");
        assertTrue(action().output().contains("downloading file:"));
        assertTrue(Files.isRegularFile(runner.resolve("tool-cache/evtlint/" + VERSION + "/evtlint-" + VERSION + ".jar")));

        Files.delete(releases.resolve("v" + VERSION + "/evtlint-" + VERSION + ".jar"));
        ProcessRun cached = action();

        assertFalse(cached.output().contains("downloading"), cached.output());
        assertEquals("0", outputs().get("exit-code"));
    }

    @Test
    void aVersionWithoutAReleaseFailsTheStep() throws Exception {
        inputs.put("INPUT_VERSION", "0.0.1");
        inputs.put("INPUT_PATHS", ".");

        ProcessRun run = action();

        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("::error title=evtlint action::cannot download evtlint 0.0.1 from file:"),
                run.output());
        assertFalse(Files.exists(runner.resolve("tool-cache/evtlint/0.0.1/evtlint-0.0.1.jar")), "no half jar cached");
    }

    private ProcessRun action() throws IOException, InterruptedException {
        Files.writeString(runner.resolve("output"), "");
        Files.writeString(runner.resolve("summary"), "");
        Map<String, String> environment = new HashMap<>(inputs);
        environment.put("GITHUB_WORKSPACE", workspace.toString());
        environment.put("GITHUB_OUTPUT", runner.resolve("output").toString());
        environment.put("GITHUB_STEP_SUMMARY", runner.resolve("summary").toString());
        environment.put("RUNNER_TEMP", runner.resolve("temp").toString());
        environment.put("RUNNER_TOOL_CACHE", runner.resolve("tool-cache").toString());
        // java -jar keeps a class-data archive in the user's cache (TunedJvm): the runner's own.
        environment.put("XDG_CACHE_HOME", runner.resolve("user-cache").toString());
        environment.put("EVTLINT_ACTION_RELEASES", releases.toUri().toString());
        return ProcessRun.of(workspace, environment,
                List.of("bash", ProcessRun.REPOSITORY.resolve("scripts/github-action.sh").toString()));
    }

    private Map<String, String> runOutputs() throws IOException, InterruptedException {
        ProcessRun run = action();
        assertEquals(0, run.exitCode(), run.output());
        return outputs();
    }

    /** $GITHUB_OUTPUT, name=value lines. */
    private Map<String, String> outputs() throws IOException {
        Map<String, String> outputs = new HashMap<>();
        for (String line : Files.readAllLines(runner.resolve("output"))) {
            int equals = line.indexOf('=');
            outputs.put(line.substring(0, equals), line.substring(equals + 1));
        }
        return outputs;
    }

    private String summary() throws IOException {
        return Files.readString(runner.resolve("summary"));
    }

    private void write(String path, String text) throws IOException {
        Path file = workspace.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
