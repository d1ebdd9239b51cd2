package dev.evtlint.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the repository a directory belongs to: the default source root for SARIF URIs, the scope of .gitignore files. */
public final class GitRoot {
    private GitRoot() {
    }

    /**
     * The nearest directory at or above {@code directory} that holds {@code .git} (a directory,
     * or a file in worktrees and submodules), else {@code directory} itself.
     */
    public static Path of(Path directory) {
        Path start = directory.toAbsolutePath().normalize();
        return find(start).orElse(start);
    }

    /** The nearest directory at or above {@code directory} that holds {@code .git}, if there is one. */
    public static Optional<Path> find(Path directory) {
        for (Path candidate = directory.toAbsolutePath().normalize(); candidate != null; candidate = candidate.getParent()) {
            if (isRepositoryRoot(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code directory} is the top of a repository (or of a submodule or worktree). */
    static boolean isRepositoryRoot(Path directory) {
        return Files.exists(directory.resolve(".git"));
    }
}
