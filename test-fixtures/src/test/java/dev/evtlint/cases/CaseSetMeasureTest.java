package dev.evtlint.cases;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.evtlint.fixtures.CaseSet;
import dev.evtlint.fixtures.Expectation;
import dev.evtlint.fixtures.Fixture;
import dev.evtlint.fixtures.FixtureRunner;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The benchmark of the held-out case sets (cases/set1/): runs evtlint on every case as
 * FixturesTest runs a fixture and counts, per case and per rule, the expected findings it reports
 * (true positives), those it misses (false negatives) and the findings no expectation asks for
 * (false positives). A finding meets an expectation of its rule that starts on its line (RULES.md,
 * "Where a finding points"); the strict comparison of FixturesTest (columns, message texts) is
 * listed beside it. It prints recall and precision and writes
 * target/cases-&lt;set&gt;-measure.tsv; it asserts only that each set can be read and run, since the
 * figures are a measurement, not a pass mark (scripts/measure-cases.sh).
 */
class CaseSetMeasureTest {
    private static final Path CASES = Path.of("cases");

    @Test
    void measuresEveryCaseSet() throws IOException {
        FixtureRunner runner = new FixtureRunner(RuleRegistry.load());
        List<Path> sets;
        try (var entries = Files.list(CASES)) {
            sets = entries.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(sets.isEmpty(), "no case set under " + CASES.toAbsolutePath());
        for (Path set : sets) {
            List<Fixture> cases = CaseSet.discover(set);
            assertFalse(cases.isEmpty(), "no case in " + set);
            Measurement measurement = new Measurement();
            for (Fixture fixture : cases) {
                measurement.add(fixture, runner.run(fixture));
            }
            Path report = Path.of("target").resolve("cases-" + set.getFileName() + "-measure.tsv");
            Files.createDirectories(report.getParent());
            Files.writeString(report, measurement.tsv(), StandardCharsets.UTF_8);
            System.out.println("cases " + set.getFileName() + ": " + measurement.summary() + " (" + report + ")");
        }
    }

    /** True positives, false negatives and false positives, per rule, and the details per case. */
    private static final class Measurement {
        private static final String ALL = "all";
        private final Map<String, int[]> byRule = new TreeMap<>();
        private final List<String> rows = new ArrayList<>();

        void add(Fixture fixture, FixtureRunner.Outcome outcome) {
            List<Expectation> unmet = new ArrayList<>(outcome.expected());
            List<Finding> unexpected = new ArrayList<>();
            for (Finding finding : outcome.result().findings()) {
                if (!outcome.checkedRules().contains(finding.rule().id())) {
                    // not counted, but listed: a case's claim is about its own rules; these are for judging by hand
                    rows.add(fixture.name() + "\tother\t" + where(finding) + "\t" + finding.message());
                    continue;
                }
                Expectation met = unmet.stream().filter(expectation -> meets(finding, expectation)).findFirst().orElse(null);
                if (met != null) {
                    unmet.remove(met);
                    count(finding.rule().id(), 0);
                    rows.add(fixture.name() + "\tTP\t" + where(finding) + "\t" + finding.message());
                } else {
                    unexpected.add(finding);
                }
            }
            for (Expectation missing : unmet) {
                count(missing.ruleId(), 1);
                rows.add(fixture.name() + "\tFN\t" + missing.ruleId() + " line " + missing.line() + "\t" + missing.messagePart());
            }
            for (Finding finding : unexpected) {
                count(finding.rule().id(), 2);
                rows.add(fixture.name() + "\tFP\t" + where(finding) + "\t" + finding.message());
            }
            // the strict comparison of FixturesTest also names columns and message texts the case asks for
            outcome.mismatches().forEach(mismatch -> rows.add(fixture.name() + "\tstrict\t\t" + mismatch));
            if (outcome.expected().isEmpty() && unexpected.isEmpty()) {
                rows.add(fixture.name() + "\tTN\t\t");
            }
        }

        private static boolean meets(Finding finding, Expectation expectation) {
            return expectation.ruleId().equals(finding.rule().id())
                    && expectation.file().equals(finding.location().file().displayPath())
                    && expectation.line() == finding.location().range().startLine();
        }

        private static String where(Finding finding) {
            return finding.rule().id() + " line " + finding.location().range().startLine()
                    + " col " + finding.location().range().startColumn();
        }

        private void count(String rule, int kind) {
            byRule.computeIfAbsent(rule, r -> new int[3])[kind]++;
            byRule.computeIfAbsent(ALL, r -> new int[3])[kind]++;
        }

        String summary() {
            int[] all = byRule.getOrDefault(ALL, new int[3]);
            return String.format("TP %d, FN %d, FP %d, recall %s, precision %s", all[0], all[1], all[2],
                    ratio(all[0], all[0] + all[1]), ratio(all[0], all[0] + all[2]));
        }

        String tsv() {
            StringBuilder text = new StringBuilder("rule\tTP\tFN\tFP\trecall\tprecision\n");
            byRule.forEach((rule, c) -> text.append(rule).append('\t').append(c[0]).append('\t').append(c[1]).append('\t')
                    .append(c[2]).append('\t').append(ratio(c[0], c[0] + c[1])).append('\t').append(ratio(c[0], c[0] + c[2]))
                    .append('\n'));
            text.append("\ncase\tkind\twhere\tmessage\n");
            rows.forEach(row -> text.append(row.replace('\n', ' ')).append('\n'));
            return text.toString();
        }

        private static String ratio(int part, int whole) {
            return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
        }
    }
}
