package dev.evtlint.corpus;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The corpus projects that no test may run evtlint on: those gathered to measure the rules once,
 * at the end, and not judged yet. A project is held out when every file MANIFEST.tsv lists for it
 * belongs to such a set, so that no finding, syntax verdict or count on it shows while the rules
 * change (corpus/README.md).
 */
public final class HeldOutProjects {
    /**
     * The sets kept back until they are judged. Empty while every set is judged (holdout2 was
     * judged on 2026-12-05); a new held-out set goes here until its measurement.
     */
    static final Set<String> UNJUDGED_SETS = Set.of();

    private HeldOutProjects() {
    }

    /** The names of the held-out projects of the corpus at {@code root}, from its MANIFEST.tsv. */
    public static Set<String> of(Path root) {
        return of(root, UNJUDGED_SETS);
    }

    /** The projects of the corpus at {@code root} whose files all belong to one of {@code unjudgedSets}. */
    static Set<String> of(Path root, Set<String> unjudgedSets) {
        Map<String, Boolean> allFilesUnjudged = new TreeMap<>();
        for (TsvTable.Row row : TsvTable.read(root.resolve("MANIFEST.tsv"), JudgedCorpus.MANIFEST_HEADER).rows()) {
            allFilesUnjudged.merge(row.get("project"), unjudgedSets.contains(row.get("set")), Boolean::logicalAnd);
        }
        return allFilesUnjudged.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
