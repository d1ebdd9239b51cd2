package dev.evtlint.api;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Set;

/**
 * Rules switched off for the files a glob matches ({@code [per-path-ignores] "db/legacy/**" =
 * ["EVT601"]}). The glob is relative to the folder of the configuration file, with '/' separators.
 */
public record PathIgnore(String glob, Set<String> ruleIds) {

    public PathIgnore {
        ruleIds = Set.copyOf(ruleIds);
    }

    /** Whether {@code relativePath} ('/' separators, relative to the configuration's folder) matches. */
    public boolean matches(String relativePath) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return matcher.matches(Path.of(relativePath));
    }
}
