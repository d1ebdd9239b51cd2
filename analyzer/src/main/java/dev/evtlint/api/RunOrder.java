package dev.evtlint.api;

import dev.evtlint.model.ScriptFile;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The order in which scripts run: Flyway versioned migrations ({@code V1_2__name.sql}) by version,
 * numerically, then repeatable ones ({@code R__name.sql}) by name, then every other file by path.
 */
final class RunOrder {
    private static final Pattern REPEATABLE = Pattern.compile("[Rr]__.*\\.sql");

    private RunOrder() {
    }

    static List<ScriptFile> sort(List<ScriptFile> files) {
        return sort(files, List.of());
    }

    /** The files of {@code explicitOrder} first, in that order, then the others in the default order. */
    static List<ScriptFile> sort(List<ScriptFile> files, List<Path> explicitOrder) {
        List<ScriptFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparingInt((ScriptFile f) -> explicitPosition(f, explicitOrder))
                .thenComparingInt(RunOrder::group)
                .thenComparing(RunOrder::compareVersions)
                .thenComparing(f -> f.source().displayPath()));
        return sorted;
    }

    private static int explicitPosition(ScriptFile file, List<Path> explicitOrder) {
        Path path = file.source().path();
        int position = path == null ? -1 : explicitOrder.indexOf(path.toAbsolutePath().normalize());
        return position < 0 ? explicitOrder.size() : position;
    }

    private static int group(ScriptFile file) {
        return file.isFlywayVersioned() ? 0 : REPEATABLE.matcher(file.source().fileName()).matches() ? 1 : 2;
    }

    private static int compareVersions(ScriptFile a, ScriptFile b) {
        List<BigInteger> va = a.flywayVersion();
        List<BigInteger> vb = b.flywayVersion();
        for (int i = 0; i < Math.min(va.size(), vb.size()); i++) {
            int c = va.get(i).compareTo(vb.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(va.size(), vb.size());
    }
}
