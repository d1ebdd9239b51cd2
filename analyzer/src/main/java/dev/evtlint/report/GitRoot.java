package dev.evtlint.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository a directory belongs to, as the default source root for SARIF URIs. */
public final class GitRoot {
    private GitRoot() {
    }

    /**
     * The nearest directory at or above {@code directory} that holds {@code .git} (a directory,
     * or a file in worktrees and submodules), else {@code directory} itself.
     */
    public static Path of(Path directory) {
        Path start = directory.toAbsolutePath().normalize();
        for (Path candidate = start; candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve(".git"))) {
                return candidate;
            }
        }
        return start;
    }
}
