package dev.evtlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.Evtlint;
import dev.evtlint.api.ToolNotification;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.api.EvtlintConfig;
import dev.evtlint.rule.RuleRegistry;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSetTest {
    @TempDir
    Path module;

    @Test
    void defaultDirectoriesAreThoseThatExist() throws Exception {
        script("src/main/sql/V1__a.sql");
        script("src/main/sql/notes.txt");
        SourceSet sources = new SourceSet(module, null, List.of(SourceSet.DEFAULT_INCLUDE), null);
        assertEquals(List.of(module.resolve("src/main/sql")), sources.directories());
        assertEquals(List.of("src/main/sql/V1__a.sql"), scripts(sources));
    }

    @Test
    void noSourceDirectoryIsNotAnError() throws Exception {
        assertEquals(List.of(), new SourceSet(module, List.of(), List.of(), List.of()).directories());
    }

    @Test
    void includesAndExcludesAreRelativeToEachDirectoryAndOverlapsCountOnce() throws Exception {
        script("db/V1__a.sql");
        script("db/functions/f.pgsql");
        script("db/legacy/V0__old.sql");
        script("db/.git/hooks/x.sql");
        SourceSet sources = new SourceSet(module, List.of(new File("db"), module.resolve("db/functions").toFile()),
                List.of("**/*.sql", "**/*.pgsql"), List.of("legacy/**"));
        assertEquals(List.of("db/V1__a.sql", "db/functions/f.pgsql"), scripts(sources));
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

    /** The plugin used to skip these without a word and pass; the command line reports them (exit code 2). */
    @Test
    void aFifoAndADanglingLinkAmongTheScriptsAreReported() throws Exception {
        script("db/V1__a.sql");
        assertEquals(0, new ProcessBuilder("mkfifo", module.resolve("db/V2__pipe.sql").toString()).inheritIO().start().waitFor());
        Files.createSymbolicLink(module.resolve("db/V3__gone.sql"), module.resolve("nowhere.sql"));
        Files.createSymbolicLink(module.resolve("db/notes.txt"), module.resolve("nowhere.txt"));
        AnalysisResult result = analyse(new SourceSet(module, List.of(new File("db")), List.of("**/*.sql"), List.of()));
        assertEquals(List.of("db/V1__a.sql"), result.files().stream().map(SourceFile::displayPath).toList());
        assertEquals(List.of(
                new ToolNotification("db/V2__pipe.sql", "not a regular file (a FIFO, socket or device); not analysed", false),
                new ToolNotification("db/V3__gone.sql", "dangling symbolic link (its target does not exist)", false)),
                result.notifications());
    }

    @Test
    void anEmptyPatternIsAMistakeNotACheckOfNothing() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> new SourceSet(module, null, Arrays.asList((String) null), List.of()));
        assertEquals("evtlint: includes holds an empty pattern; write one such as **/*.sql", e.getMessage());
        assertThrows(MojoExecutionException.class, () -> new SourceSet(module, null, List.of("**/*.sql"), List.of(" ")));
    }

    /** Each folder links twice to the next: the plugin's scanner walked every one of the 2^20 paths. */
    @Test
    void aFolderReachedThroughManyLinksIsWalkedOnce() throws Exception {
        Path next = Files.createDirectories(module.resolve("db/chain/20"));
        Files.writeString(next.resolve("V1__deep.sql"), "SELECT 1;\n");
        for (int depth = 19; depth >= 0; depth--) {
            Path folder = Files.createDirectories(module.resolve("db/chain/" + depth));
            Files.createSymbolicLink(folder.resolve("a"), next);
            Files.createSymbolicLink(folder.resolve("b"), next);
            next = folder;
        }
        SourceSet sources = new SourceSet(module, List.of(module.resolve("db/chain/0").toFile()), null, null);
        assertEquals(List.of("db/chain/0/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/V1__deep.sql"),
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> scripts(sources)));
    }

    private List<String> scripts(SourceSet sources) {
        AnalysisResult result = analyse(sources);
        assertEquals(List.of(), result.notifications());
        return result.files().stream().map(SourceFile::displayPath).toList();
    }

    private AnalysisResult analyse(SourceSet sources) {
        return Evtlint.analyze(new AnalysisRequest(sources.directories(), module, AnalysisRequest.DEFAULT_PG_VERSION,
                Set.of(), Set.of(), List.of(), 1, List.of(), AnalysisRequest.DEFAULT_FILE_TIMEOUT, sources.filter()),
                EvtlintConfig.NONE, RuleRegistry.load());
    }

    private Path script(String path) throws IOException {
        Path file = module.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "SELECT 1;\n");
        return file;
    }
}
