package dev.evtlint.api;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.model.ScriptFile;
import dev.evtlint.parse.ScriptParser;
import dev.evtlint.source.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Finds, reads and parses the scripts of a run. A file that cannot be read or decoded, and an
 * internal error while parsing one, become notifications; the other files go on.
 */
final class ScriptLoader {

    /** The parsed scripts, in path order, and what went wrong on the way. */
    record Loaded(List<ScriptFile> scripts, List<ToolNotification> notifications) {
    }

    private static final long PARSER_STACK_BYTES = 16L * 1024 * 1024;

    private ScriptLoader() {
    }

    /**
     * Reads and parses with {@code jobs} threads; the result does not depend on their number. The
     * scripts given as text come after the files.
     */
    static Loaded load(List<Path> requested, Path workingDirectory, int jobs, List<InMemorySource> texts) {
        return load(requested, workingDirectory, jobs, texts, Progress.NONE);
    }

    /** As {@link #load(List, Path, int, List)}, telling {@code progress} of each file read and parsed. */
    static Loaded load(List<Path> requested, Path workingDirectory, int jobs, List<InMemorySource> texts,
                       Progress progress) {
        List<ToolNotification> notifications = new ArrayList<>();
        List<Path> paths = SourceDiscovery.find(requested, workingDirectory, notifications::add);
        progress.started(paths.size());
        List<FileOutcome> outcomes = parallel(paths, jobs, path -> {
            FileOutcome outcome = loadOne(path, workingDirectory);
            progress.fileDone();
            return outcome;
        });
        progress.finished();
        List<ScriptFile> scripts = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            if (outcome.script() != null) {
                scripts.add(outcome.script());
            } else {
                notifications.add(outcome.problem());
            }
        }
        for (InMemorySource text : texts) {
            FileOutcome outcome = parse(SourceFile.ofText(text.displayPath(), text.text()));
            if (outcome.script() != null) {
                scripts.add(outcome.script());
            } else {
                notifications.add(outcome.problem());
            }
        }
        return new Loaded(scripts, notifications);
    }

    static Loaded load(List<Path> requested, Path workingDirectory) {
        return load(requested, workingDirectory, 1, List.of());
    }

    private record FileOutcome(ScriptFile script, ToolNotification problem) {
    }

    private static FileOutcome loadOne(Path path, Path workingDirectory) {
        String displayPath = DisplayPaths.of(path, workingDirectory);
        SourceReader.Outcome outcome = new SourceReader().read(path, displayPath);
        if (!outcome.ok()) {
            return new FileOutcome(null, new ToolNotification(displayPath, outcome.problem(), false));
        }
        return parse(outcome.source());
    }

    private static FileOutcome parse(SourceFile source) {
        try {
            return new FileOutcome(new ScriptParser().parse(source), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new FileOutcome(null, ToolNotification.internalError(source.displayPath(), e));
        }
    }

    /** Applies {@code work} to every path, in order of the paths, on up to {@code jobs} threads. */
    private static <T> List<T> parallel(List<Path> paths, int jobs, Function<Path, T> work) {
        if (jobs <= 1 || paths.size() <= 1) {
            return paths.stream().map(work).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, paths.size()), ScriptLoader::daemon);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Path path : paths) {
                futures.add(pool.submit(() -> work.apply(path)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parsing failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Parser threads get a large stack: deep but legal nesting must parse rather than overflow. */
    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(null, task, "evtlint-parse", PARSER_STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    }
}
