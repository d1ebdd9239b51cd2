package dev.evtlint.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.parse.ScriptParser;
import dev.evtlint.script.ScriptFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysed tree reaches from a script's folder up to the folder its display path is relative
 * to, and no further: evidence above it, or beside a script given on its own, does not count.
 */
class RunOnceLayoutTest {
    private static final String TRIGGER = "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n";

    @TempDir
    Path project;

    private static ScriptFile script(Path file, String displayPath) throws IOException {
        return new ScriptParser().parse(new SourceFile(file, displayPath, Files.readString(file)));
    }

    private Path write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void theTreeEndsAtTheFolderTheDisplayPathIsRelativeTo() throws IOException {
        Path script = write("ext/sql/triggers.sql", TRIGGER);
        write("ext/ext.control", "default_version = '1.0'\n");
        assertTrue(RunOnceLayout.holds(script(script, "ext/sql/triggers.sql")));
        assertTrue(RunOnceLayout.holds(script(script, "sql/triggers.sql")));
        // Run from inside sql/: the control file is above the working directory.
        assertFalse(RunOnceLayout.holds(script(script, "triggers.sql")));
        // Outside the working directory the display path is absolute: only the script's own folder counts.
        assertFalse(RunOnceLayout.holds(script(script, script.toString())));
    }

    @Test
    void foldersUpToRootStartAtTheScriptsFolder() throws IOException {
        Path script = write("a/b/c.sql", TRIGGER);
        AnalysedTree tree = AnalysedTree.of(new SourceFile(script, "a/b/c.sql", TRIGGER)).orElseThrow();
        assertEquals(List.of(project.resolve("a/b"), project.resolve("a"), project), tree.foldersUpToRoot());
        assertEquals(List.of("a", "b"), tree.folderNamesBelowRoot());
    }

    @Test
    void textWithoutAFileHasOnlyItsOwnEvidence() {
        ScriptParser parser = new ScriptParser();
        assertFalse(RunOnceLayout.holds(parser.parse(SourceFile.ofText("test/sql/t.sql", TRIGGER))));
        assertTrue(RunOnceLayout.holds(parser.parse(SourceFile.ofText("install.sql",
                "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE c AS 'MODULE_PATHNAME', 'f';\n" + TRIGGER))));
    }

    @Test
    void aComposeMountOfAnotherFolderOrANamedVolumeIsNoEvidence() throws IOException {
        Path script = write("db/seed/01.sql", TRIGGER);
        write("docker-compose.yml", "services:\n  db:\n    volumes:\n"
                + "      - initdb:/docker-entrypoint-initdb.d\n"
                + "      - \"./db/init:/docker-entrypoint-initdb.d\"\n");
        assertFalse(RunOnceLayout.holds(script(script, "db/seed/01.sql")));
        write("docker-compose.override.yml", "services:\n  db:\n    volumes:\n      - \"./db/seed/01.sql:/docker-entrypoint-initdb.d/01.sql:ro\"\n");
        assertTrue(RunOnceLayout.holds(script(script, "db/seed/01.sql")));
    }

    @Test
    void aDockerfileCopyFromAnotherStageIsNoEvidence() throws IOException {
        Path script = write("docker/init.sql", TRIGGER);
        write("docker/Dockerfile", "FROM postgres:17\nCOPY --from=build /out/init.sql /docker-entrypoint-initdb.d/\n");
        assertFalse(RunOnceLayout.holds(script(script, "docker/init.sql")));
        write("docker/Dockerfile.dev", "FROM postgres:17\nCOPY init.sql /docker-entrypoint-initdb.d/\n");
        assertTrue(RunOnceLayout.holds(script(script, "docker/init.sql")));
    }
}
