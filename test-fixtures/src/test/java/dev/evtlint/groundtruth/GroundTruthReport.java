package dev.evtlint.groundtruth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The verdicts of a run, written as target/ground-truth-report.tsv. */
final class GroundTruthReport {
    static final String HEADER = "rule\tpg_version\tfixture\tverdict\tevidence";

    record Row(String rule, String pgVersion, String fixture, Verdict verdict) {
    }

    private final List<Row> rows = new ArrayList<>();

    synchronized void add(String rule, String pgVersion, String fixture, Verdict verdict) {
        rows.add(new Row(rule, pgVersion, fixture, verdict));
    }

    synchronized void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Row row : rows) {
            lines.add(String.join("\t", row.rule(), row.pgVersion(), row.fixture(), row.verdict().kind().label(),
                    oneLine(row.verdict().evidence())));
        }
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /**
     * Per PostgreSQL version, the rules confirmed by at least one fixture and refuted by none.
     */
    synchronized Map<String, TreeSet<String>> confirmedRules() {
        Map<String, TreeSet<String>> confirmed = new TreeMap<>();
        for (Row row : rows) {
            if (row.verdict().kind() == Verdict.Kind.CONFIRMED) {
                confirmed.computeIfAbsent(row.pgVersion(), version -> new TreeSet<>()).add(row.rule());
            }
        }
        for (Row row : rows) {
            if (row.verdict().kind() == Verdict.Kind.REFUTED && confirmed.containsKey(row.pgVersion())) {
                confirmed.get(row.pgVersion()).remove(row.rule());
            }
        }
        return confirmed;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
