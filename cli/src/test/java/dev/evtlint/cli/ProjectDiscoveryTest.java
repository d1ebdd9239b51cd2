package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * A real repository as it is: build output, version control folders, what .gitignore ignores and
 * what an exclude names stay out of the project; a folder without scripts is a mistake; standard
 * input stands in the place of the file it names.
 */
class ProjectDiscoveryTest {
    /** EVT101 at 3:3, unless the suppression comment above it says why not. */
    private static final String SUPPRESSED = """
            CREATE FUNCTION on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
            BEGIN
              -- evtlint-ignore EVT101 the table is on every standby too
              INSERT INTO login_log VALUES (session_user);
            END $$;
            CREATE EVENT TRIGGER on_login ON login EXECUTE FUNCTION on_login();
            """;
    private static final String UNGUARDED = SUPPRESSED.replace("  -- evtlint-ignore EVT101 the table is on every standby too\n", "");

    @TempDir
    Path repo;

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(repo.resolve(path).getParent());
        Files.writeString(repo.resolve(path), text);
    }

    @Test
    void aBuiltMavenProjectIsAnalysedOnceNotAgainFromTargetClasses() throws IOException {
        write("src/main/resources/db/migration/V1__login.sql", SUPPRESSED);
        // What mvn package leaves: the same migration, copied.
        write("target/classes/db/migration/V1__login.sql", SUPPRESSED);
        write("node_modules/pkg/seed.sql", UNGUARDED);
        write("build/resources/main/db/V1__login.sql", UNGUARDED);
        CliRun run = CliRun.in(repo, "check", "--select", "EVT001,EVT101");
        assertEquals(ExitCodes.OK, run.exitCode(), run.out());
        assertTrue(run.out().startsWith("No findings in 1 file;"), run.out());
    }

    @Test
    void aFolderNamedDirectlyIsAnalysedEvenWhenItIsBuildOutput() throws IOException {
        write("target/classes/db/V1__login.sql", UNGUARDED);
        CliRun run = CliRun.in(repo, "check", "--select", "EVT101", "target/classes");
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.out());
    }

    @Test
    void whatGitignoreIgnoresIsLeftOutAndANegationBringsItBack() throws IOException {
        write(".gitignore", "generated/\n*.local.sql\n!keep.local.sql\n");
        write("db/V1__login.sql", SUPPRESSED);
        write("db/generated/V2__copy.sql", UNGUARDED);
        write("db/scratch.local.sql", UNGUARDED);
        write("db/keep.local.sql", SUPPRESSED);
        CliRun run = CliRun.in(repo, "check", "--select", "EVT101", "db");
        assertTrue(run.out().startsWith("No findings in 2 files;"), run.out());
    }

    @Test
    void excludesFromTheCommandLineAndTheConfigurationAreLeftOut() throws IOException {
        write("db/V1__login.sql", SUPPRESSED);
        write("db/legacy/V0__old.sql", UNGUARDED.replace("on_login", "old_login"));
        write("db/vendor/x.sql", UNGUARDED.replace("on_login", "vendor_login"));
        CliRun all = CliRun.in(repo, "check", "--select", "EVT101");
        assertTrue(all.out().contains("2 findings (2 errors) in 3 files"), all.out());

        CliRun excluded = CliRun.in(repo, "check", "--select", "EVT101", "--exclude", "db/legacy/**", "--exclude", "db/vendor");
        assertTrue(excluded.out().startsWith("No findings in 1 file;"), excluded.out());

        write("evtlint.toml", "exclude = [\"db/legacy/**\", \"db/vendor\"]\n");
        CliRun configured = CliRun.in(repo, "check", "--select", "EVT101");
        assertTrue(configured.out().startsWith("No findings in 1 file;"), configured.out());
    }

    @Test
    void anInvalidExcludeGlobIsAUsageError() {
        CliRun run = CliRun.in(repo, "check", "--exclude", "db/[a");
        assertTrue(run.isOneLineUsageError(), run.err());
        assertTrue(run.err().startsWith("evtlint: error: not a valid exclude glob: db/[a"), run.err());
    }

    @Test
    void aFolderWithoutScriptsFailsWithExitCode2() throws IOException {
        write("db/V1__login.sql", SUPPRESSED);
        write("docs/README.md", "# not a script\n");
        CliRun run = CliRun.in(repo, "check", "db", "docs");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out());
        assertEquals(1, run.out().lines().filter(line -> line.startsWith("docs: error: no script found below this folder"))
                .count(), run.out());
        assertEquals(ExitCodes.USAGE, CliRun.in(repo, "triggers", "docs").exitCode());
    }

    @Test
    void standardInputReplacesTheFileItNames() throws IOException {
        write("db/V1__login.sql", SUPPRESSED);
        // The editor's unsaved text lost the suppression: its finding, once, under the file's name.
        String out = checkStdin(UNGUARDED, "db/V1__login.sql", "check", "--select", "EVT001,EVT101", "db", "-");
        assertTrue(out.startsWith("db/V1__login.sql:3:3: error: "), out);
        assertTrue(out.endsWith("1 finding (1 error) in 1 file\n"), out);
        String same = checkStdin(SUPPRESSED, "./db/V1__login.sql", "check", "--select", "EVT001,EVT101", "db", "-");
        assertEquals("No findings in 1 file; 1 suppressed\n", same,
                "the same text as on disk: no duplicate definitions, no unused suppression");
    }

    private String checkStdin(String text, String name, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] withName = new String[args.length + 2];
        System.arraycopy(args, 0, withName, 0, args.length);
        withName[args.length] = "--stdin-filename";
        withName[args.length + 1] = name;
        try (PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            EvtlintCommand.run(withName, printer, printer,
                    new Environment(repo, false, false, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void triggersRunTheScriptsInTheOrderCheckUses() throws IOException {
        write("create.sql", UNGUARDED);
        write("drop.sql", "DROP EVENT TRIGGER IF EXISTS on_login;\n");
        write("order.txt", "drop.sql\n");
        assertEquals("No event triggers.\n", CliRun.in(repo, "triggers").out(), "by path: created, then dropped");
        assertTrue(CliRun.in(repo, "triggers", "--order", "order.txt").out().startsWith("on_login on login, origin\n"));

        write("evtlint.toml", "order = \"order.txt\"\n");
        CliRun check = CliRun.in(repo, "check", "--select", "EVT101");
        assertTrue(check.out().contains("[EVT101 "), check.out());
        CliRun triggers = CliRun.in(repo, "triggers");
        assertTrue(triggers.out().startsWith("on_login on login, origin\n"), triggers.out());
    }
}
