package dev.evtlint.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What to analyse and how. {@code paths} are files or directories (searched for {@code *.sql}); none
 * (and no {@code texts}) stand for the working directory;
 * display paths are relative to {@code workingDirectory}. {@code select} and {@code ignore} hold
 * rule IDs or names; an empty {@code select} means every rule. {@code runOrder} lists files that run
 * first, in that order (absolute paths); the others follow in the default order (Flyway versions,
 * then repeatable migrations, then paths). {@code jobs} is the number of threads that parse and that run rules.
 * {@code texts} are scripts given as text (standard input), analysed with the files.
 * {@code fileTimeout} is the time budget to read and parse one file, past which the file is skipped
 * with a notification (zero: no limit); building the project model and running each rule have the
 * same budget, past which the run has no findings, or that rule none, and a notification says so.
 * {@code sources} says which files below the directories of {@code paths} are scripts (files named
 * directly always are); {@code excludes} leave out files and folders below them, as build output,
 * version control folders and what .gitignore files ignore are ({@link SourceDiscovery}). A text
 * whose display path, resolved against {@code workingDirectory}, names a file among those found
 * stands in that file's place (an editor's unsaved buffer).
 */
public record AnalysisRequest(List<Path> paths, Path workingDirectory, int pgVersion, Set<String> select,
                              Set<String> ignore, List<Path> runOrder, int jobs, List<InMemorySource> texts,
                              Duration fileTimeout, SourceFilter sources, List<PathGlob> excludes) {

    public static final int DEFAULT_PG_VERSION = 18;
    /** The PostgreSQL major versions a run can target: the CLI's --pg-version, the plugin's pgVersion. */
    public static final int MIN_PG_VERSION = 13;
    public static final int MAX_PG_VERSION = 18;
    /** Far beyond what a real script needs (the PostgreSQL regression scripts take well under a second each). */
    public static final int DEFAULT_FILE_TIMEOUT_SECONDS = 30;
    public static final Duration DEFAULT_FILE_TIMEOUT = Duration.ofSeconds(DEFAULT_FILE_TIMEOUT_SECONDS);

    public AnalysisRequest {
        paths = List.copyOf(paths);
        select = Set.copyOf(select);
        ignore = Set.copyOf(ignore);
        runOrder = List.copyOf(runOrder);
        texts = List.copyOf(texts);
        excludes = List.copyOf(excludes);
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        if (fileTimeout.isNegative()) {
            throw new IllegalArgumentException("fileTimeout must not be negative, not " + fileTimeout);
        }
    }

    /** A request that excludes nothing beyond what {@link SourceDiscovery} always leaves out. */
    public AnalysisRequest(List<Path> paths, Path workingDirectory, int pgVersion, Set<String> select, Set<String> ignore,
                           List<Path> runOrder, int jobs, List<InMemorySource> texts, Duration fileTimeout,
                           SourceFilter sources) {
        this(paths, workingDirectory, pgVersion, select, ignore, runOrder, jobs, texts, fileTimeout, sources, List.of());
    }

    /** A request for the {@code *.sql} files below its directories. */
    public AnalysisRequest(List<Path> paths, Path workingDirectory, int pgVersion, Set<String> select, Set<String> ignore,
                           List<Path> runOrder, int jobs, List<InMemorySource> texts, Duration fileTimeout) {
        this(paths, workingDirectory, pgVersion, select, ignore, runOrder, jobs, texts, fileTimeout, SourceFilter.SQL_FILES);
    }

    /** A request with the default time budget per file. */
    public AnalysisRequest(List<Path> paths, Path workingDirectory, int pgVersion, Set<String> select, Set<String> ignore,
                           List<Path> runOrder, int jobs, List<InMemorySource> texts) {
        this(paths, workingDirectory, pgVersion, select, ignore, runOrder, jobs, texts, DEFAULT_FILE_TIMEOUT);
    }

    /**
     * This request with {@code text} in the in-memory script that a run reports at {@code displayPath}
     * (standard input, after {@code --fix} changed it).
     */
    public AnalysisRequest withText(String displayPath, String text) {
        Path location = DisplayPaths.location(displayPath, workingDirectory);
        List<InMemorySource> changed = texts.stream().map(t -> DisplayPaths.location(t.displayPath(), workingDirectory)
                .equals(location) ? new InMemorySource(t.displayPath(), text) : t).toList();
        return new AnalysisRequest(paths, workingDirectory, pgVersion, select, ignore, runOrder, jobs, changed, fileTimeout,
                sources, excludes);
    }

    public static boolean supportsPgVersion(int pgVersion) {
        return pgVersion >= MIN_PG_VERSION && pgVersion <= MAX_PG_VERSION;
    }

    public AnalysisRequest(List<Path> paths, Path workingDirectory, int pgVersion, Set<String> select, Set<String> ignore) {
        this(paths, workingDirectory, pgVersion, select, ignore, List.of(), 1, List.of());
    }

    public static AnalysisRequest of(Path workingDirectory, List<Path> paths) {
        return new AnalysisRequest(paths, workingDirectory, DEFAULT_PG_VERSION, Set.of(), Set.of());
    }
}
