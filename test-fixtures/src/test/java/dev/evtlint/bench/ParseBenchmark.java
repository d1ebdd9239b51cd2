package dev.evtlint.bench;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.parse.ScriptParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of reading scripts into ASTs on one core: ScriptParser (statement splitting, SQL and
 * PL/pgSQL parsing, AST building) over PostgreSQL's regression scripts, warm. Not a test: run it
 * with scripts/bench-parse.sh; the figures go into docs/conformance.md and docs/performance.md.
 */
public final class ParseBenchmark {

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/pg-regress/valid");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<SourceFile> files = read(corpus);
        long chars = files.stream().mapToLong(f -> f.text().length()).sum();
        System.out.printf("%d files, %.2f MB of SQL; %d warm-up rounds, %d measured%n", files.size(), chars / 1e6, warmup, measured);
        for (int round = 0; round < warmup; round++) {
            double seconds = parseAll(files);
            System.out.printf("warm-up %2d: %6.2f MB/s%n", round + 1, chars / 1e6 / seconds);
        }
        double best = Double.MAX_VALUE;
        double total = 0;
        for (int round = 0; round < measured; round++) {
            double seconds = parseAll(files);
            best = Math.min(best, seconds);
            total += seconds;
        }
        System.out.printf("parse, warm, one thread: mean %.2f MB/s, best %.2f MB/s%n",
                chars / 1e6 / (total / measured), chars / 1e6 / best);
    }

    private static double parseAll(List<SourceFile> files) {
        ScriptParser parser = new ScriptParser();
        long start = System.nanoTime();
        int statements = 0;
        for (SourceFile file : files) {
            statements += parser.parse(file).statements().size();
        }
        if (statements == 0) {
            throw new IllegalStateException("nothing parsed");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<SourceFile> read(Path corpus) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(corpus)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                // One file of the corpus is Windows-1252: read bytes as Latin-1, which never fails.
                files.add(new SourceFile(path, path.getFileName().toString(),
                        new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1)));
            }
        }
        return files;
    }
}
