package dev.evtlint.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding scripts in folders with links, loops, and entries that are not files to read. */
class SourceDiscoveryTest {
    @TempDir
    Path dir;

    private final List<ToolNotification> problems = new ArrayList<>();

    private List<String> find(String... paths) {
        List<Path> given = new ArrayList<>();
        for (String path : paths) {
            given.add(Path.of(path));
        }
        return SourceDiscovery.find(request(given, SourceFilter.SQL_FILES), problems::add).stream().map(p -> DisplayPaths.of(p, dir)).toList();
    }

    private AnalysisRequest request(List<Path> paths, SourceFilter sources) {
        return new AnalysisRequest(paths, dir, AnalysisRequest.DEFAULT_PG_VERSION, Set.of(), Set.of(), List.of(), 1, List.of(),
                AnalysisRequest.DEFAULT_FILE_TIMEOUT, sources);
    }

    private void sql(String path) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "SELECT 1;\n");
    }

    @Test
    void aLinkBackToAnOuterFolderIsNotWalkedAgain() throws IOException {
        sql("db/V1__a.sql");
        sql("db/sub/V2__b.sql");
        Files.createSymbolicLink(dir.resolve("db/sub/loop"), dir.resolve("db"));
        Files.createSymbolicLink(dir.resolve("db/self"), Path.of("."));
        assertEquals(List.of("db/V1__a.sql", "db/sub/V2__b.sql"), find("db"));
        assertEquals(List.of(), problems);
    }

    @Test
    void aFileReachedTwiceIsListedOnce() throws IOException {
        sql("shared/V1__a.sql");
        Files.createDirectories(dir.resolve("db"));
        Files.createSymbolicLink(dir.resolve("db/V1__a.sql"), dir.resolve("shared/V1__a.sql"));
        Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("shared"));
        assertEquals(List.of("db/V1__a.sql"), find("shared", "db", "linked", "shared/V1__a.sql", "."));
        assertEquals(List.of(), problems);
    }

    @Test
    void aDanglingLinkIsANotification() throws IOException {
        sql("db/V1__a.sql");
        Files.createSymbolicLink(dir.resolve("db/V2__gone.sql"), dir.resolve("nowhere.sql"));
        Files.createSymbolicLink(dir.resolve("given.sql"), dir.resolve("nowhere.sql"));
        assertEquals(List.of("db/V1__a.sql"), find("db", "given.sql"));
        assertEquals(List.of(
                new ToolNotification("db/V2__gone.sql", "dangling symbolic link (its target does not exist)", false),
                new ToolNotification("given.sql", "dangling symbolic link (its target does not exist)", false)),
                problems.stream().sorted((a, b) -> a.path().compareTo(b.path())).toList());
    }

    @Test
    void aFifoIsNotReadButReported() throws IOException, InterruptedException {
        sql("db/V1__a.sql");
        Path fifo = dir.resolve("db/V2__pipe.sql");
        assumeTrue(mkfifo(fifo), "mkfifo is available");
        // Reading would block until someone writes: the run must not wait for that.
        ScriptLoader.Loaded loaded = ScriptLoader.load(request(List.of(dir.resolve("db")), SourceFilter.SQL_FILES), Progress.NONE);
        assertEquals(List.of("db/V1__a.sql"), loaded.scripts().stream().map(s -> s.source().displayPath()).toList());
        assertEquals(List.of(new ToolNotification("db/V2__pipe.sql",
                "not a regular file (a FIFO, socket or device); not analysed", false)), loaded.notifications());
    }

    @Test
    void anUnreadableFileIsANotificationUnlessTheUserMayReadAnything() throws IOException {
        sql("db/V1__a.sql");
        Path locked = dir.resolve("db/V2__locked.sql");
        Files.writeString(locked, "SELECT 2;\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        ScriptLoader.Loaded loaded = ScriptLoader.load(request(List.of(dir.resolve("db")), SourceFilter.SQL_FILES), Progress.NONE);
        if (Files.isReadable(locked)) {
            // root (as in CI containers) reads whatever the permissions say: then the file is analysed.
            assertEquals(2, loaded.scripts().size());
            assertEquals(List.of(), loaded.notifications());
        } else {
            assertEquals(List.of("db/V1__a.sql"), loaded.scripts().stream().map(s -> s.source().displayPath()).toList());
            assertEquals(List.of(new ToolNotification("db/V2__locked.sql", "cannot read file: permission denied", false)),
                    loaded.notifications());
        }
    }

    private static boolean mkfifo(Path path) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            return process.waitFor() == 0 && Files.exists(path);
        } catch (IOException notInstalled) {
            return false;
        }
    }

    @Test
    void aMissingPathIsANotification() {
        assertEquals(List.of(), find("missing"));
        assertEquals(List.of(new ToolNotification("missing", "no such file or directory", false)), problems);
        assertTrue(problems.stream().noneMatch(ToolNotification::internalError));
    }

    /** Each folder links twice to the next: walking every path through them would take 2^20 walks. */
    @Test
    void aFolderReachedThroughManyLinksIsWalkedOnce() throws IOException {
        Path next = Files.createDirectories(dir.resolve("chain/20"));
        Files.writeString(next.resolve("V1__deep.sql"), "SELECT 1;\n");
        for (int depth = 19; depth >= 0; depth--) {
            Path folder = Files.createDirectories(dir.resolve("chain/" + depth));
            Files.createSymbolicLink(folder.resolve("a"), next);
            Files.createSymbolicLink(folder.resolve("b"), next);
            next = folder;
        }
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> find("chain/0"));
        assertEquals(List.of("chain/0/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/V1__deep.sql"), found);
        assertEquals(List.of(), problems);
    }

    @Test
    void aLinkToItselfIsCalledALoopNotDangling() throws IOException {
        Files.createDirectories(dir.resolve("db"));
        Files.createSymbolicLink(dir.resolve("db/V1__self.sql"), dir.resolve("db/V1__self.sql"));
        assertEquals(List.of(), find("db"));
        assertEquals(List.of(new ToolNotification("db/V1__self.sql", "symbolic link loop (the link leads back to itself)",
                false)), problems);
    }

    @Test
    void aFilterPicksTheScriptsBelowEachDirectoryByTheirRelativePath() throws IOException {
        sql("db/V1__a.sql");
        sql("db/functions/f.sql");
        SourceFilter topLevelOnly = relative -> relative.getNameCount() == 1;
        List<String> found = SourceDiscovery.find(request(List.of(Path.of("db"), Path.of("db/functions")), topLevelOnly),
                problems::add).stream().map(p -> DisplayPaths.of(p, dir)).toList();
        assertEquals(List.of("db/V1__a.sql", "db/functions/f.sql"), found, "each directory walks with its own paths");
    }
}
