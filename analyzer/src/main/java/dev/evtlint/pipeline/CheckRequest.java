package dev.evtlint.pipeline;

import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.api.FailOn;
import dev.evtlint.api.InMemorySource;
import dev.evtlint.api.SourceFilter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a front end asks of a run, before the configuration file is consulted: the command line's
 * options, the Maven plugin's parameters, an editor's open buffers. Settings left unset (null, or
 * empty for rule lists) take the configuration file's value, then the default. Paths are relative to
 * the working directory. Built with {@link #builder(Path)}; {@link Pipeline#resolve} resolves it.
 */
public final class CheckRequest {
    private final Path workingDirectory;
    private final List<Path> paths;
    private final List<InMemorySource> buffers;
    private final Path configFile;
    private final Integer pgVersion;
    private final FailOn failOn;
    private final Set<String> select;
    private final Set<String> ignore;
    private final Path orderFile;
    private final Path baseline;
    private final List<String> excludes;
    private final int jobs;
    private final Duration fileTimeout;
    private final SourceFilter sources;
    private final Path sourceRoot;

    private CheckRequest(Builder builder) {
        workingDirectory = builder.workingDirectory.toAbsolutePath().normalize();
        paths = List.copyOf(builder.paths);
        buffers = List.copyOf(builder.buffers);
        configFile = builder.configFile;
        pgVersion = builder.pgVersion;
        failOn = builder.failOn;
        select = Set.copyOf(builder.select);
        ignore = Set.copyOf(builder.ignore);
        orderFile = builder.orderFile;
        baseline = builder.baseline;
        excludes = List.copyOf(builder.excludes);
        jobs = builder.jobs;
        fileTimeout = builder.fileTimeout;
        sources = builder.sources;
        sourceRoot = builder.sourceRoot;
    }

    /** A request for a run in {@code workingDirectory}: display paths and relative paths go by it. */
    public static Builder builder(Path workingDirectory) {
        return new Builder(workingDirectory);
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    public List<Path> paths() {
        return paths;
    }

    public List<InMemorySource> buffers() {
        return buffers;
    }

    /** Null: the nearest {@code evtlint.toml}, if any. */
    public Path configFile() {
        return configFile;
    }

    public Integer pgVersion() {
        return pgVersion;
    }

    public FailOn failOn() {
        return failOn;
    }

    public Set<String> select() {
        return select;
    }

    public Set<String> ignore() {
        return ignore;
    }

    /** Null: the configuration file's {@code order}, if any. */
    public Path orderFile() {
        return orderFile;
    }

    /** Null: no baseline. */
    public Path baseline() {
        return baseline;
    }

    public List<String> excludes() {
        return excludes;
    }

    public int jobs() {
        return jobs;
    }

    public Duration fileTimeout() {
        return fileTimeout;
    }

    public SourceFilter sources() {
        return sources;
    }

    /** Null: the git repository of the working directory, else the working directory. */
    public Path sourceRoot() {
        return sourceRoot;
    }

    /** Sets what a front end knows; {@link #build()} makes the request. */
    public static final class Builder {
        private final Path workingDirectory;
        private final List<Path> paths = new ArrayList<>();
        private final List<InMemorySource> buffers = new ArrayList<>();
        private Path configFile;
        private Integer pgVersion;
        private FailOn failOn;
        private Set<String> select = Set.of();
        private Set<String> ignore = Set.of();
        private Path orderFile;
        private Path baseline;
        private final List<String> excludes = new ArrayList<>();
        private int jobs = 1;
        private Duration fileTimeout = AnalysisRequest.DEFAULT_FILE_TIMEOUT;
        private SourceFilter sources = SourceFilter.SQL_FILES;
        private Path sourceRoot;

        private Builder(Path workingDirectory) {
            this.workingDirectory = workingDirectory;
        }

        /** Files, or folders searched for scripts, that form one project. */
        public Builder paths(List<Path> paths) {
            this.paths.addAll(paths);
            return this;
        }

        /**
         * A script held in memory (standard input, an editor's unsaved buffer) at {@code displayPath}:
         * when that path names a file among those found, the text replaces the file; otherwise it is
         * analysed with them.
         */
        public Builder buffer(String displayPath, String text) {
            buffers.add(new InMemorySource(displayPath, text));
            return this;
        }

        public Builder configFile(Path configFile) {
            this.configFile = configFile;
            return this;
        }

        public Builder pgVersion(Integer pgVersion) {
            this.pgVersion = pgVersion;
            return this;
        }

        public Builder failOn(FailOn failOn) {
            this.failOn = failOn;
            return this;
        }

        /** Rule IDs or names; empty: the configuration file's, else all. */
        public Builder select(Set<String> select) {
            this.select = select;
            return this;
        }

        /** Rule IDs or names; empty: the configuration file's. */
        public Builder ignore(Set<String> ignore) {
            this.ignore = ignore;
            return this;
        }

        public Builder orderFile(Path orderFile) {
            this.orderFile = orderFile;
            return this;
        }

        public Builder baseline(Path baseline) {
            this.baseline = baseline;
            return this;
        }

        /** Globs relative to the working directory, left out beside the configuration file's {@code exclude}. */
        public Builder excludes(List<String> excludes) {
            this.excludes.addAll(excludes);
            return this;
        }

        public Builder jobs(int jobs) {
            this.jobs = jobs;
            return this;
        }

        public Builder fileTimeout(Duration fileTimeout) {
            this.fileTimeout = fileTimeout;
            return this;
        }

        /** Which files below the folders are scripts (default: {@code *.sql}). */
        public Builder sources(SourceFilter sources) {
            this.sources = sources;
            return this;
        }

        public Builder sourceRoot(Path sourceRoot) {
            this.sourceRoot = sourceRoot;
            return this;
        }

        public CheckRequest build() {
            return new CheckRequest(this);
        }
    }
}
