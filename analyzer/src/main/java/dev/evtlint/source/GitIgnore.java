package dev.evtlint.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the {@code .gitignore} files of a repository ignore, as git decides it: the patterns of the
 * {@code .gitignore} in the entry's folder and in each folder above it up to the repository root,
 * then the repository's {@code .git/info/exclude}; a deeper file wins over a higher one, and in a
 * file the last matching pattern wins (so {@code !} re-includes). Outside a repository nothing is
 * ignored, as for git. A folder's contents are not asked about once the folder is ignored: the
 * caller does not walk into it, and so, as in git, a file below an ignored folder cannot be
 * re-included. The user's global excludes file is not read: the verdict depends on the repository only.
 */
public final class GitIgnore {
    /** Far more than a hand-written ignore file holds. */
    private static final int MAX_BYTES = 1024 * 1024;

    private final Map<Path, List<GitIgnorePattern>> patternsByFile = new ConcurrentHashMap<>();
    private final Map<Path, Optional<Path>> repositoryByFolder = new ConcurrentHashMap<>();

    /** Whether git ignores the file or folder at {@code path} (absolute and normalised). */
    public boolean ignores(Path path, boolean directory) {
        Path folder = path.getParent();
        Optional<Path> repository = folder == null ? Optional.empty()
                : repositoryByFolder.computeIfAbsent(folder, GitRoot::find);
        if (repository.isEmpty()) {
            return false;
        }
        Path root = repository.get();
        for (Path dir = folder; dir != null && dir.startsWith(root); dir = dir.getParent()) {
            Boolean verdict = verdict(patterns(dir.resolve(".gitignore")), dir.relativize(path), directory);
            if (verdict != null) {
                return verdict;
            }
        }
        Boolean excluded = verdict(patterns(root.resolve(".git").resolve("info").resolve("exclude")), root.relativize(path),
                directory);
        return excluded != null && excluded;
    }

    /** Ignored, re-included, or null when no pattern of the file matches. */
    private static Boolean verdict(List<GitIgnorePattern> patterns, Path relative, boolean directory) {
        String path = relative.toString().replace('\\', '/');
        for (int i = patterns.size() - 1; i >= 0; i--) {
            if (patterns.get(i).matches(path, directory)) {
                return !patterns.get(i).negated();
            }
        }
        return null;
    }

    private List<GitIgnorePattern> patterns(Path file) {
        return patternsByFile.computeIfAbsent(file, GitIgnore::read);
    }

    /** The patterns of an ignore file; none when there is no such file or it cannot be read (git skips it too). */
    private static List<GitIgnorePattern> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String text;
        try {
            text = new String(BoundedInput.file(file, MAX_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
        List<GitIgnorePattern> patterns = new ArrayList<>();
        text.lines().map(GitIgnorePattern::parse).filter(p -> p != null).forEach(patterns::add);
        return List.copyOf(patterns);
    }
}
