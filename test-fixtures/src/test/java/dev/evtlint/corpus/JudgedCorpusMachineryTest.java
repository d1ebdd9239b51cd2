package dev.evtlint.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link JudgedCorpusTest}'s machinery on a small corpus of its own (src/test/resources/sample-corpus). */
class JudgedCorpusMachineryTest {
    private static final Path SAMPLE = Path.of("src", "test", "resources", "sample-corpus");

    @TempDir
    Path temp;

    @Test
    void theSampleCorpusAgreesWithItsJudgementsAndIsCountedPerSetAndRule() {
        JudgedCorpus corpus = JudgedCorpus.load(SAMPLE);
        JudgementComparison comparison = JudgementComparison.of(corpus);
        assertTrue(comparison.agrees(), comparison::differences);
        assertEquals("""
                set\trule\tfindings\ttrue\tfalse\tfalse_positive_rate
                all\tEVT101\t1\t1\t0\t0.000
                all\tEVT601\t2\t1\t1\t0.500
                all\tall\t3\t2\t1\t0.333
                holdout\tEVT601\t1\t1\t0\t0.000
                holdout\tall\t1\t1\t0\t0.000
                tune\tEVT101\t1\t1\t0\t0.000
                tune\tEVT601\t1\t0\t1\t1.000
                tune\tall\t2\t1\t1\t0.500
                """, new RealWorldReport(comparison.matched(), corpus).tsv());
    }

    @Test
    void withoutTheLocalPartItsJudgementsAreLeftOut() throws IOException {
        Path corpus = copyOfSample();
        deleteRecursively(corpus.resolve("local"));
        JudgementComparison comparison = JudgementComparison.of(JudgedCorpus.load(corpus));
        assertTrue(comparison.agrees(), comparison::differences);
        assertEquals(2, comparison.matched().size());
    }

    @Test
    void aFindingWithoutAJudgementIsADifferenceWithItsPlaceAndMessage() throws IOException {
        Path corpus = copyOfSample();
        rewriteJudgements(corpus, judgements -> judgements.replaceAll("(?m)^beta\t.*\n", ""));
        JudgementComparison comparison = JudgementComparison.of(JudgedCorpus.load(corpus));
        assertFalse(comparison.agrees());
        assertEquals("""
                1 finding(s) without a judgement in judgements.tsv:
                  + beta/ddl_guard.sql:5:1 EVT601: CREATE EVENT TRIGGER forbid_drops fails when ddl_guard.sql runs again: \
                event trigger "forbid_drops" already exists
                """, comparison.differences());
    }

    @Test
    void aJudgementWithoutItsFindingIsADifferenceWithItsVerdict() throws IOException {
        Path corpus = copyOfSample();
        rewriteJudgements(corpus, judgements -> judgements
                + "alpha\tdb/V2__enable.sql\t1\t1\tEVT601\tFALSE\tthe trigger is created once\n");
        JudgementComparison comparison = JudgementComparison.of(JudgedCorpus.load(corpus));
        assertFalse(comparison.agrees());
        assertEquals("""
                1 judgement(s) whose finding evtlint no longer reports:
                  - alpha/db/V2__enable.sql:1:1 EVT601: judged FALSE (the trigger is created once)
                """, comparison.differences());
    }

    @Test
    void aMissingCorpusOrOneWithoutJudgementsIsABrokenCheckout() throws IOException {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> JudgedCorpus.load(temp.resolve("none")));
        assertTrue(missing.getMessage().contains("is missing"), missing.getMessage());
        Path corpus = copyOfSample();
        rewriteJudgements(corpus, judgements -> judgements.substring(0, judgements.indexOf('\n') + 1));
        IllegalStateException empty = assertThrows(IllegalStateException.class, () -> JudgedCorpus.load(corpus));
        assertTrue(empty.getMessage().endsWith("has no judgement"), empty.getMessage());
    }

    @Test
    void aCommittedFileMissingFromItsProjectIsABrokenCheckout() throws IOException {
        Path corpus = copyOfSample();
        Files.delete(corpus.resolve("projects/beta/ddl_guard.sql"));
        IllegalStateException broken = assertThrows(IllegalStateException.class, () -> JudgedCorpus.load(corpus));
        assertTrue(broken.getMessage().contains("projects/beta/ddl_guard.sql is missing"), broken.getMessage());
    }

    @Test
    void aFileChangedSinceItWasJudgedIsABrokenCheckout() throws IOException {
        Path corpus = copyOfSample();
        Files.writeString(corpus.resolve("local/gamma/setup.sql"), "-- changed\n", StandardOpenOption.APPEND);
        IllegalStateException changed = assertThrows(IllegalStateException.class, () -> JudgedCorpus.load(corpus));
        assertTrue(changed.getMessage().contains("local/gamma/setup.sql is not the file that was judged"), changed.getMessage());
    }

    @Test
    void aProjectOfAnUnjudgedSetIsHeldOutAndNotAnalysed() throws IOException {
        Path corpus = copyOfSample();
        Path guard = corpus.resolve("projects/beta/ddl_guard.sql");
        Files.createDirectories(corpus.resolve("projects/delta"));
        Files.copy(guard, corpus.resolve("projects/delta/ddl_guard.sql"));
        String betaRow = Files.readAllLines(corpus.resolve("MANIFEST.tsv")).stream()
                .filter(line -> line.startsWith("beta\t")).findFirst().orElseThrow();
        Files.writeString(corpus.resolve("MANIFEST.tsv"),
                betaRow.replace("beta", "delta").replace("\tholdout\t", "\tholdout3\t") + "\n", StandardOpenOption.APPEND);
        java.util.Set<String> unjudged = java.util.Set.of("holdout3");

        assertEquals(java.util.Set.of("delta"), HeldOutProjects.of(corpus, unjudged));
        JudgedCorpus loaded = JudgedCorpus.load(corpus, unjudged);
        assertFalse(loaded.projects().containsKey("delta"));
        JudgementComparison comparison = JudgementComparison.of(loaded);
        assertTrue(comparison.agrees(), comparison::differences);
    }

    private Path copyOfSample() throws IOException {
        Path copy = temp.resolve("corpus");
        try (Stream<Path> paths = Files.walk(SAMPLE)) {
            for (Path path : paths.toList()) {
                Path target = copy.resolve(SAMPLE.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return copy;
    }

    private static void rewriteJudgements(Path corpus, java.util.function.UnaryOperator<String> change) throws IOException {
        Path file = corpus.resolve("judgements.tsv");
        Files.writeString(file, change.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
