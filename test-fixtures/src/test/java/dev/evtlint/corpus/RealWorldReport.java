package dev.evtlint.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The judged findings counted per set (tune, holdout, and all) and per rule (and all): findings,
 * TRUE, FALSE and the false-positive rate, FALSE over findings.
 */
final class RealWorldReport {
    static final String ALL = "all";
    static final String HEADER = "set\trule\tfindings\ttrue\tfalse\tfalse_positive_rate";

    /** TRUE and FALSE counts of one cell. */
    private static final class Counts {
        int truePositives;
        int falsePositives;
    }

    /** By set, then by rule; "all" in either place sums over it. */
    private final Map<String, Map<String, Counts>> cells = new TreeMap<>();

    RealWorldReport(List<Judgement> judged, JudgedCorpus corpus) {
        for (Judgement judgement : judged) {
            for (String set : List.of(corpus.setOf(judgement.key()), ALL)) {
                for (String rule : List.of(judgement.key().rule(), ALL)) {
                    Counts counts = cells.computeIfAbsent(set, s -> new TreeMap<>()).computeIfAbsent(rule, r -> new Counts());
                    if (judgement.truePositive()) {
                        counts.truePositives++;
                    } else {
                        counts.falsePositives++;
                    }
                }
            }
        }
    }

    /** The TSV: a header, then a row per set and rule, in name order. */
    String tsv() {
        StringBuilder tsv = new StringBuilder(HEADER).append('\n');
        cells.forEach((set, rules) -> rules.forEach((rule, counts) -> {
            int findings = counts.truePositives + counts.falsePositives;
            tsv.append(set).append('\t').append(rule).append('\t').append(findings).append('\t')
                    .append(counts.truePositives).append('\t').append(counts.falsePositives).append('\t')
                    .append(String.format(Locale.ROOT, "%.3f", (double) counts.falsePositives / findings)).append('\n');
        }));
        return tsv.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, tsv(), StandardCharsets.UTF_8);
    }
}
