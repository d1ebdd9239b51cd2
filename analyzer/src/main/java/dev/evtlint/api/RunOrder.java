package dev.evtlint.api;

import dev.evtlint.layout.Flyway;
import dev.evtlint.script.ScriptFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which scripts run: Flyway versioned migrations ({@code V1_2__name.sql}) by version,
 * numerically, then repeatable ones ({@code R__name.sql}) by name, then every other file by path.
 */
final class RunOrder {
    private RunOrder() {
    }

    /**
     * The files of {@code explicitOrder} (absolute paths) first, in that order, then the others in the
     * default order; text without a file stands where its display path names, relative to {@code workingDirectory}.
     */
    static List<ScriptFile> sort(List<ScriptFile> files, List<Path> explicitOrder, Path workingDirectory) {
        List<ScriptFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparingInt((ScriptFile f) -> explicitPosition(f, explicitOrder, workingDirectory))
                .thenComparingInt(RunOrder::group)
                .thenComparing((a, b) -> Flyway.compareVersions(a.source(), b.source()))
                .thenComparing(f -> f.source().displayPath()));
        return sorted;
    }

    private static int explicitPosition(ScriptFile file, List<Path> explicitOrder, Path workingDirectory) {
        int position = explicitOrder.indexOf(DisplayPaths.location(file.source(), workingDirectory));
        return position < 0 ? explicitOrder.size() : position;
    }

    private static int group(ScriptFile file) {
        return Flyway.isVersioned(file.source()) ? 0 : Flyway.isRepeatable(file.source()) ? 1 : 2;
    }
}
