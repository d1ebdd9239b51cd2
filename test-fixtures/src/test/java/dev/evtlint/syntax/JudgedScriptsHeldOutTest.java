package dev.evtlint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The syntax judge never parses the scripts of held-out corpus projects. */
class JudgedScriptsHeldOutTest {
    @TempDir
    Path projects;

    @Test
    void theScriptsOfAHeldOutProjectAreNotParsed() throws IOException {
        Files.createDirectories(projects.resolve("judged/db"));
        Files.writeString(projects.resolve("judged/db/a.sql"), "SELECT 1;\n");
        Files.createDirectories(projects.resolve("kept_back"));
        Files.writeString(projects.resolve("kept_back/b.sql"), "SELECT 2;\nSELECT 3;\n");

        JudgedScripts scripts = new JudgedScripts(List.of(new JudgedScripts.Folder("corpus", projects, Set.of("kept_back"))));

        assertEquals(List.of("SELECT 1"), scripts.statements().stream().map(JudgedScripts.Item::statementText).toList());
    }
}
