package dev.evtlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRootTest {
    @TempDir
    Path dir;

    @Test
    void nearestFolderWithGitDirectory() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Path sub = Files.createDirectories(dir.resolve("a/b"));
        assertEquals(dir, GitRoot.of(sub));
    }

    @Test
    void gitFileOfAWorktreeCounts() throws IOException {
        Path worktree = Files.createDirectories(dir.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: /elsewhere\n");
        assertEquals(worktree, GitRoot.of(worktree.resolve("x/..")));
    }
}
