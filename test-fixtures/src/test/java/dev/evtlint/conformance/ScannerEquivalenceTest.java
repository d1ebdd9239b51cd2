package dev.evtlint.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.parse.ScannerOracle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written SqlScanner gives the generated lexers' tokens on every text at hand: the
 * regression corpus (whole files, each statement, the insides of every literal: function bodies),
 * the real-world files, the fixtures and fuzz seeds, and random mutations of corpus statements.
 */
class ScannerEquivalenceTest {
    private static final Path REAL_WORLD = Corpus.ROOT.resolveSibling("real-world").resolve("files");
    private static final List<Path> SEED_FOLDERS = List.of(Path.of("fixtures"), Path.of("src", "test", "resources"),
            Path.of("..", "analyzer", "src", "test", "resources", "dev", "evtlint", "parse"));
    private static final String MUTATIONS = "'\"$0e.*/-+\n\\&u;()x_";

    @Test
    void regressionCorpus() {
        assumeTrue(Corpus.present(), "../shared/corpus/pg-regress is not beside the project");
        long tokens = 0;
        for (String folder : List.of("valid", "raw")) {
            for (String name : Corpus.files(folder)) {
                tokens += everyPiece(Corpus.source(folder, name).text());
            }
        }
        System.out.printf("scanner = lexer on pg-regress: %d tokens compared%n", tokens);
        assertTrue(tokens > 1_000_000);
    }

    @Test
    void realWorldFiles() throws IOException {
        assumeTrue(Files.isDirectory(REAL_WORLD), "../shared/corpus/real-world is not beside the project");
        long tokens = 0;
        for (Path file : sqlFiles(REAL_WORLD)) {
            tokens += everyPiece(read(file));
        }
        System.out.printf("scanner = lexer on real-world: %d tokens compared%n", tokens);
        assertTrue(tokens > 0);
    }

    @Test
    void fixturesAndFuzzSeeds() throws IOException {
        long tokens = 0;
        for (Path folder : SEED_FOLDERS) {
            for (Path file : allFiles(folder)) {
                tokens += everyPiece(read(file));
            }
        }
        System.out.printf("scanner = lexer on fixtures and fuzz seeds: %d tokens compared%n", tokens);
        assertTrue(tokens > 0);
    }

    @Test
    void mutatedCorpusStatements() {
        assumeTrue(Corpus.present(), "../shared/corpus/pg-regress is not beside the project");
        Random random = new Random(42);
        List<Corpus.OracleRow> rows = Corpus.statements();
        long tokens = 0;
        for (int i = 0; i < 5_000; i++) {
            Corpus.OracleRow row = rows.get(random.nextInt(rows.size()));
            SourceFile file = Corpus.source(row.accepted() ? "valid" : "raw", row.file());
            int start = Corpus.charOffset(file, row.byteStart());
            int end = Math.max(start, Corpus.charOffset(file, row.byteEnd()));
            StringBuilder text = new StringBuilder(file.text().substring(start, end));
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                mutate(text, random);
            }
            tokens += ScannerOracle.assertSameTokens(text.toString());
        }
        System.out.printf("scanner = lexer on 5000 mutated statements: %d tokens compared%n", tokens);
    }

    private static void mutate(StringBuilder text, Random random) {
        int at = random.nextInt(text.length() + 1);
        char c = MUTATIONS.charAt(random.nextInt(MUTATIONS.length()));
        switch (random.nextInt(3)) {
            case 0 -> text.insert(at, c);
            case 1 -> {
                if (at < text.length()) {
                    text.deleteCharAt(at);
                }
            }
            default -> {
                if (at < text.length()) {
                    text.setCharAt(at, c);
                }
            }
        }
    }

    /** The whole text, each statement, and the inside of every literal in it. */
    private static long everyPiece(String text) {
        long tokens = ScannerOracle.assertSameTokens(text);
        for (int[] inside : ScannerOracle.literalInsides(text, 0, text.length())) {
            tokens += ScannerOracle.assertSameTokens(text, inside[0], inside[1]);
        }
        return tokens + ScannerOracle.assertSameTokensPerStatement(text);
    }

    private static List<Path> sqlFiles(Path folder) throws IOException {
        return allFiles(folder).stream().filter(p -> p.toString().endsWith(".sql")).toList();
    }

    private static List<Path> allFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
