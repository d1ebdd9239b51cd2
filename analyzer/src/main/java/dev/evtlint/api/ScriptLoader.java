package dev.evtlint.api;

import dev.evtlint.model.ScriptFile;
import dev.evtlint.parse.ScriptParser;
import dev.evtlint.source.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds, reads and parses the scripts of a run. A file that cannot be read or decoded, and an
 * internal error while parsing one, become notifications; the other files go on.
 */
final class ScriptLoader {

    /** The parsed scripts, in path order, and what went wrong on the way. */
    record Loaded(List<ScriptFile> scripts, List<ToolNotification> notifications) {
    }

    private ScriptLoader() {
    }

    static Loaded load(List<Path> requested, Path workingDirectory) {
        List<ToolNotification> notifications = new ArrayList<>();
        List<Path> paths = SourceDiscovery.find(requested, workingDirectory, notifications::add);
        SourceReader reader = new SourceReader();
        ScriptParser parser = new ScriptParser();
        List<ScriptFile> scripts = new ArrayList<>();
        for (Path path : paths) {
            String displayPath = DisplayPaths.of(path, workingDirectory);
            SourceReader.Outcome outcome = reader.read(path, displayPath);
            if (!outcome.ok()) {
                notifications.add(new ToolNotification(displayPath, outcome.problem(), false));
                continue;
            }
            try {
                scripts.add(parser.parse(outcome.source()));
            } catch (RuntimeException | StackOverflowError e) {
                notifications.add(ToolNotification.internalError(displayPath, e));
            }
        }
        return new Loaded(scripts, notifications);
    }
}
