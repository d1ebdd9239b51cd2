package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook of .pre-commit-hooks.yaml as a user's repository runs it: Debian's pre-commit
 * ({@code .ci/run} installs it) with {@code try-repo} on this repository, in a scratch git
 * repository, with the built jar as the evtlint on PATH. No network: try-repo clones the local
 * repository, and a {@code script} hook installs nothing.
 */
class PreCommitHookIT {

    @TempDir
    Path folder;
    private Path scratch;
    private Map<String, String> environment;

    @BeforeEach
    void aScratchRepositoryAndEvtlintOnPath() throws Exception {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path evtlint = bin.resolve("evtlint");
        Files.writeString(evtlint, "#!/bin/sh\nexec java -jar '" + ProcessRun.jar() + "' \"$@\"\n");
        Files.setPosixFilePermissions(evtlint, PosixFilePermissions.fromString("rwxr-xr-x"));
        // XDG_CACHE_HOME: java -jar keeps a class-data archive in the user's cache (TunedJvm); the test's own.
        environment = Map.of("PATH", bin + ":" + System.getenv("PATH"),
                "PRE_COMMIT_HOME", folder.resolve("pre-commit-cache").toString(),
                "XDG_CACHE_HOME", folder.resolve("user-cache").toString());

        scratch = Files.createDirectories(folder.resolve("scratch"));
        Files.writeString(scratch.resolve("clean.sql"), "CREATE TABLE login_log (who text, at timestamptz);\n");
        git("init", "-q");
    }

    @Test
    void aScriptWithAnErrorFailsTheHook() throws Exception {
        Files.writeString(scratch.resolve("bad.sql"), LoginScripts.UNGUARDED_LOGIN_WRITE);
        git("add", ".");
        ProcessRun run = tryRepo("bad.sql");

        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("evtlint....") && run.output().contains("Failed"), run.output());
        assertTrue(run.output().contains("bad.sql:3:3: error: INSERT in login function log_login()"), run.output());
    }

    @Test
    void aCleanScriptPasses() throws Exception {
        git("add", ".");
        ProcessRun run = tryRepo("clean.sql");

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("Passed"), run.output());
    }

    /**
     * The hook analyses the project, not the changed file alone: the function the staged trigger
     * executes stands in a file the commit does not touch (committed before) and in one that is not
     * staged at all, and neither is unseen (EVT406, a warning, fails the hook under this
     * configuration). An error in a file the commit does not touch fails it too: the project is
     * what runs in the database.
     */
    @Test
    void theHookSeesTheFilesOfTheProjectThatTheCommitDoesNotTouch() throws Exception {
        Files.writeString(scratch.resolve("evtlint.toml"), "fail-on = \"warning\"\n");
        Files.writeString(scratch.resolve("functions.sql"), """
                CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                  RAISE NOTICE 'ddl: %', tg_tag;
                END $$;
                """);
        git("add", ".");
        git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "functions");
        Files.writeString(scratch.resolve("unstaged.sql"), """
                CREATE FUNCTION log_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                  RAISE NOTICE 'drop: %', tg_tag;
                END $$;
                """);
        Files.writeString(scratch.resolve("triggers.sql"), """
                CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION log_ddl();
                CREATE EVENT TRIGGER log_drop ON sql_drop EXECUTE FUNCTION log_drop();
                """);
        git("add", "triggers.sql");
        ProcessRun run = tryRepo("triggers.sql");

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("Passed"), run.output());

        Files.writeString(scratch.resolve("functions.sql"), LoginScripts.UNGUARDED_LOGIN_WRITE);
        git("add", "functions.sql");
        git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "an error");
        run = tryRepo("triggers.sql");

        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("functions.sql:3:3: error: INSERT in login function log_login()"), run.output());
    }

    private ProcessRun tryRepo(String file) throws IOException, InterruptedException {
        return ProcessRun.of(scratch, environment,
                List.of("pre-commit", "try-repo", ProcessRun.REPOSITORY.toString(), "evtlint", "--files", file));
    }

    private void git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        ProcessRun run = ProcessRun.of(scratch, environment, command);
        assertEquals(0, run.exitCode(), run.output());
    }
}
