package dev.evtlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSetTest {
    @TempDir
    Path module;

    @Test
    void defaultDirectoriesAreThoseThatExist() throws Exception {
        Path sql = script("src/main/sql/V1__a.sql");
        script("src/main/sql/notes.txt");
        SourceSet sources = new SourceSet(module, null, List.of(SourceSet.DEFAULT_INCLUDE), null);
        assertEquals(List.of(module.resolve("src/main/sql")), sources.directories());
        assertEquals(List.of(sql), sources.files());
    }

    @Test
    void noSourceDirectoryIsNotAnError() throws Exception {
        assertEquals(List.of(), new SourceSet(module, List.of(), List.of(), List.of()).directories());
    }

    @Test
    void includesAndExcludesAreRelativeToEachDirectoryAndOverlapsCountOnce() throws Exception {
        Path top = script("db/V1__a.sql");
        Path nested = script("db/functions/f.pgsql");
        script("db/legacy/V0__old.sql");
        script("db/.git/hooks/x.sql");
        SourceSet sources = new SourceSet(module, List.of(new File("db"), module.resolve("db/functions").toFile()),
                List.of("**/*.sql", "**/*.pgsql"), List.of("legacy/**"));
        assertEquals(List.of(top, nested), sources.files());
    }

    @Test
    void aDirectoryTheUserNamedMustExist() throws IOException {
        script("file.sql");
        MojoExecutionException missing = assertThrows(MojoExecutionException.class,
                () -> new SourceSet(module, List.of(new File("sql")), List.of(), List.of()));
        assertEquals("evtlint: source directory sql does not exist", missing.getMessage());
        MojoExecutionException file = assertThrows(MojoExecutionException.class,
                () -> new SourceSet(module, List.of(new File("file.sql")), List.of(), List.of()));
        assertEquals("evtlint: source directory file.sql is not a directory", file.getMessage());
    }

    private Path script(String path) throws IOException {
        Path file = module.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "SELECT 1;\n");
        return file;
    }
}
