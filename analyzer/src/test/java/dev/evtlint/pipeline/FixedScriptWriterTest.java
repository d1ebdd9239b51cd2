package dev.evtlint.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evtlint.ast.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixedScriptWriterTest {
    @TempDir
    Path dir;

    @Test
    void aFileChangedSinceItWasReadIsLeftAsItIs() throws IOException {
        Path file = dir.resolve("a.sql");
        Files.writeString(file, "SELECT 1;\n");
        FixOutcome.FixedScript fixed = new FixOutcome.FixedScript(new SourceFile(file, "a.sql", "SELECT 1;\n"), "SELECT 2;\n");
        Files.writeString(file, "SELECT 3;\n");
        assertEquals(Optional.of("it changed on disk since evtlint read it"), FixedScriptWriter.write(fixed));
        assertEquals("SELECT 3;\n", Files.readString(file));
    }

    @Test
    void aFileIsReplacedKeepingItsPermissions() throws IOException {
        Path file = dir.resolve("a.sql");
        Files.writeString(file, "SELECT 1;\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        FixOutcome.FixedScript fixed = new FixOutcome.FixedScript(new SourceFile(file, "a.sql", "SELECT 1;\n"), "SELECT 2;\n");
        assertEquals(Optional.empty(), FixedScriptWriter.write(fixed));
        assertEquals("SELECT 2;\n", Files.readString(file));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aDirectoryIsNotARegularFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("b.sql"));
        FixOutcome.FixedScript fixed = new FixOutcome.FixedScript(new SourceFile(folder, "b.sql", ""), "SELECT 2;\n");
        assertEquals(Optional.of("it is not a regular file"), FixedScriptWriter.write(fixed));
    }
}
