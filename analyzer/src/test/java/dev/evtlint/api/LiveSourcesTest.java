package dev.evtlint.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.evtlint.script.ScriptFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor's runs: unsaved buffers replace their files, and only changed files are parsed again. */
class LiveSourcesTest {
    @TempDir
    Path dir;

    private final LiveSources live = LiveSources.create();

    private ScriptLoader.Loaded load() {
        return ScriptLoader.load(AnalysisRequest.of(dir, List.of(dir)), Progress.NONE, live);
    }

    private static ScriptFile script(ScriptLoader.Loaded loaded, String name) {
        return loaded.scripts().stream().filter(s -> s.source().displayPath().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anUnchangedFileKeepsItsParseAndAChangedOneIsParsedAgain() throws IOException {
        Files.writeString(dir.resolve("a.sql"), "SELECT 1;\n");
        Files.writeString(dir.resolve("b.sql"), "SELECT 2;\n");
        ScriptLoader.Loaded first = load();
        Files.writeString(dir.resolve("b.sql"), "SELECT 3;\n");
        ScriptLoader.Loaded second = load();
        assertSame(script(first, "a.sql"), script(second, "a.sql"));
        assertNotSame(script(first, "b.sql"), script(second, "b.sql"));
        assertEquals("SELECT 3;\n", script(second, "b.sql").source().text());
    }

    @Test
    void anUnsavedBufferTakesThePlaceOfItsFileUntilSaved() throws IOException {
        Path file = dir.resolve("a.sql");
        Files.writeString(file, "SELECT 1;\n");
        live.edited(file, "SELECT 'unsaved';\n");
        ScriptFile edited = script(load(), "a.sql");
        assertEquals("SELECT 'unsaved';\n", edited.source().text());
        assertEquals(file, edited.source().path());
        live.saved(file);
        assertEquals("SELECT 1;\n", script(load(), "a.sql").source().text());
    }

    @Test
    void aOneOffRunKeepsNothing() throws IOException {
        Files.writeString(dir.resolve("a.sql"), "SELECT 1;\n");
        AnalysisRequest request = AnalysisRequest.of(dir, List.of(dir));
        ScriptLoader.Loaded first = ScriptLoader.load(request, Progress.NONE);
        assertNotSame(script(first, "a.sql"), script(ScriptLoader.load(request, Progress.NONE), "a.sql"));
    }
}
