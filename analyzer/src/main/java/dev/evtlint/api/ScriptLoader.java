package dev.evtlint.api;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.concurrent.InOrder;
import dev.evtlint.model.Inclusions;
import dev.evtlint.parse.Deadline;
import dev.evtlint.parse.ScriptParser;
import dev.evtlint.parse.TimeBudgetExceeded;
import dev.evtlint.script.ScriptFile;
import dev.evtlint.source.SourceReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finds, reads and parses the scripts of a run. A file that cannot be read or decoded, one that
 * takes longer than the time budget per file, one that does not fit in memory, and an internal
 * error while parsing one become notifications; the other files go on.
 */
final class ScriptLoader {

    /**
     * The parsed scripts, in path order, then those that only psql include commands name, which
     * script each include command runs, and what went wrong on the way, in path order.
     */
    record Loaded(List<ScriptFile> scripts, Inclusions inclusions, List<ToolNotification> notifications) {

        /** The scripts that run of their own accord: those that no other script includes. */
        List<ScriptFile> topLevel() {
            return scripts.stream().filter(script -> !inclusions.isIncluded(script)).toList();
        }
    }

    private ScriptLoader() {
    }

    /**
     * Reads and parses with the request's {@code jobs} threads; the result does not depend on their
     * number. A text given in the request stands in the place of the file it names, if that file is
     * among those found; the other texts come after the files. Each file gets the request's time
     * budget (zero: no limit); {@code progress} hears of each file read and parsed.
     */
    static Loaded load(AnalysisRequest request, Progress progress) {
        return load(request, progress, LiveSources.NONE);
    }

    /** As {@link #load(AnalysisRequest, Progress)}, with an editor's unsaved texts and earlier parses from {@code live}. */
    static Loaded load(AnalysisRequest request, Progress progress, LiveSources live) {
        Path workingDirectory = request.workingDirectory();
        int jobs = request.jobs();
        Duration fileTimeout = request.fileTimeout();
        List<ToolNotification> notifications = new ArrayList<>();
        List<Path> paths = SourceDiscovery.find(request, notifications::add);
        Map<Path, InMemorySource> texts = new LinkedHashMap<>();
        for (InMemorySource text : request.texts()) {
            texts.put(DisplayPaths.location(text.displayPath(), workingDirectory), text);
        }
        progress.started(paths.size());
        List<Supplier<FileOutcome>> work = new ArrayList<>();
        for (Path path : paths) {
            InMemorySource text = texts.remove(path.toAbsolutePath().normalize());
            work.add(() -> {
                // In the file's place, under the file's name.
                FileOutcome outcome = text != null
                        ? loadText(new InMemorySource(DisplayPaths.of(path, workingDirectory), text.text()), jobs, fileTimeout, live)
                        : loadOne(path, workingDirectory, jobs, fileTimeout, live);
                progress.fileDone();
                return outcome;
            });
        }
        for (InMemorySource text : texts.values()) {
            work.add(() -> loadText(text, jobs, fileTimeout, live));
        }
        List<ScriptFile> scripts = new ArrayList<>();
        for (FileOutcome outcome : InOrder.map(work, jobs, "evtlint-parse", Supplier::get)) {
            add(outcome, scripts, notifications);
        }
        PsqlIncludeFollowing.Followed followed = PsqlIncludeFollowing.follow(scripts, workingDirectory, path -> {
            List<ScriptFile> included = new ArrayList<>(1);
            add(loadOne(path, workingDirectory, jobs, fileTimeout, live), included, notifications);
            return included.isEmpty() ? null : included.get(0);
        }, notifications::add);
        progress.finished();
        live.runFinished();
        // Those of finding files came first; reports list them all in path order.
        notifications.sort(Comparator.comparing(ToolNotification::path));
        return new Loaded(followed.scripts(), followed.inclusions(), notifications);
    }

    private static void add(FileOutcome outcome, List<ScriptFile> scripts, List<ToolNotification> notifications) {
        if (outcome.script() != null) {
            scripts.add(outcome.script());
        } else {
            notifications.add(outcome.problem());
        }
    }

    private record FileOutcome(ScriptFile script, ToolNotification problem) {
    }

    private static FileOutcome loadOne(Path path, Path workingDirectory, int jobs, Duration fileTimeout, LiveSources live) {
        String displayPath = DisplayPaths.of(path, workingDirectory);
        return guarded(displayPath, () -> {
            // The budget covers reading too: the clock starts before the first byte.
            Deadline deadline = Deadline.after(fileTimeout);
            String unsaved = live.unsavedText(path);
            if (unsaved != null) {
                return parsed(new SourceFile(path, displayPath, unsaved), jobs, deadline, live);
            }
            SourceReader.Outcome outcome = new SourceReader().read(path, displayPath);
            if (!outcome.ok()) {
                return new FileOutcome(null, new ToolNotification(displayPath, outcome.problem(), false));
            }
            return parsed(outcome.source(), jobs, deadline, live);
        });
    }

    private static FileOutcome loadText(InMemorySource text, int jobs, Duration fileTimeout, LiveSources live) {
        return guarded(text.displayPath(),
                () -> parsed(SourceFile.ofText(text.displayPath(), text.text()), jobs, Deadline.after(fileTimeout), live));
    }

    /** {@code jobs} threads for one large file too: files parsed at the same time are seldom all large. */
    private static FileOutcome parsed(SourceFile source, int jobs, Deadline deadline, LiveSources live) {
        return new FileOutcome(live.parsed(source, () -> new ScriptParser(jobs).parse(source, deadline)), null);
    }

    /** What can go wrong with one file stays with that file. */
    private static FileOutcome guarded(String displayPath, Supplier<FileOutcome> work) {
        try {
            return work.get();
        } catch (TimeBudgetExceeded e) {
            return skipped(displayPath, "parsing it takes longer than the time budget of " + e.budgetText() + " per file");
        } catch (OutOfMemoryError e) {
            // What this file allocated is garbage again once the error is caught here.
            return skipped(displayPath, "evtlint ran out of memory on it (give Java more with -Xmx)");
        } catch (RuntimeException | StackOverflowError e) {
            return new FileOutcome(null, ToolNotification.internalError(displayPath, e));
        }
    }

    private static FileOutcome skipped(String displayPath, String why) {
        return new FileOutcome(null, new ToolNotification(displayPath, "not analysed: " + why, false));
    }
}
