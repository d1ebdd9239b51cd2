package dev.evtlint.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What to analyse and how. {@code paths} are files or directories (searched for {@code *.sql});
 * display paths are relative to {@code workingDirectory}. {@code select} and {@code ignore} hold
 * rule IDs or names; an empty {@code select} means every rule.
 */
public record AnalysisRequest(List<Path> paths, Path workingDirectory, int pgVersion, Set<String> select,
                              Set<String> ignore) {

    public static final int DEFAULT_PG_VERSION = 18;

    public AnalysisRequest {
        paths = List.copyOf(paths);
        select = Set.copyOf(select);
        ignore = Set.copyOf(ignore);
    }

    public static AnalysisRequest of(Path workingDirectory, List<Path> paths) {
        return new AnalysisRequest(paths, workingDirectory, DEFAULT_PG_VERSION, Set.of(), Set.of());
    }
}
