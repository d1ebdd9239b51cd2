package dev.evtlint.api;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A glob over paths relative to a folder, with '/' separators ({@code db/legacy/**}): an
 * {@code exclude} entry of a configuration file (relative to its folder) or an {@code --exclude}
 * option (relative to the working directory).
 */
public final class PathGlob {
    private final Path folder;
    private final String glob;
    private final PathMatcher matcher;

    /** @throws IllegalArgumentException when {@code glob} is not a valid glob (a PatternSyntaxException among them) */
    public PathGlob(Path folder, String glob) {
        this.folder = folder.toAbsolutePath().normalize();
        this.glob = glob;
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    /** Whether {@code path} lies below the folder and its path relative to the folder matches. */
    public boolean matches(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(folder) || absolute.equals(folder)) {
            return false;
        }
        return matcher.matches(Path.of(folder.relativize(absolute).toString().replace('\\', '/')));
    }

    @Override
    public String toString() {
        return glob;
    }
}
