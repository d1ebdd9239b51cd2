package dev.evtlint.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The judged real-world corpus as a regression test: evtlint's findings on every project of
 * test-fixtures/corpus (its committed part, and its local part where a checkout has it) must be
 * exactly the judged ones, so that a change that adds or loses a finding shows up as a difference
 * to judge. Writes target/real-world-report.tsv, the false-positive rates per set and rule.
 */
class JudgedCorpusTest {
    private static final Path CORPUS = Path.of("corpus");
    static final Path REPORT = Path.of("target", "real-world-report.tsv");

    @Test
    void everyFindingIsJudgedAndEveryJudgedFindingIsStillReported() throws IOException {
        JudgedCorpus corpus = JudgedCorpus.load(CORPUS);
        JudgementComparison comparison = JudgementComparison.of(corpus);
        RealWorldReport report = new RealWorldReport(comparison.matched(), corpus);
        report.write(REPORT);
        System.out.print("real-world corpus (" + REPORT + "):\n" + report.tsv());
        assertTrue(comparison.agrees(), () -> "evtlint's findings on " + CORPUS.toAbsolutePath()
                + " differ from judgements.tsv; judge the new ones, or fix what lost the old ones:\n"
                + comparison.differences());
    }
}
