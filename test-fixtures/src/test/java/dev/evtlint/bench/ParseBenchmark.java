package dev.evtlint.bench;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.parse.PhaseTimes;
import dev.evtlint.parse.PhaseTimes.Phase;
import dev.evtlint.parse.ScriptParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Throughput of reading scripts into ASTs on one core, warm: ScriptParser over PostgreSQL's
 * regression scripts. Measured rounds alternate between a plain parser, which gives the total, and
 * one that keeps time per phase (splitting, lexing, parsing to trees with the SQL and the PL/pgSQL
 * grammar, building ASTs; see {@link Phase}), which gives the split. The clock that
 * counts is the thread's CPU time ({@link Measure#cpuSeconds()}); a phase's CPU time is its share of the timed round's wall time applied to the CPU
 * time of the plain round (asking for CPU time per phase switch would cost more than some phases).
 * Figures are medians of the measured rounds. Not a test: run it with scripts/bench-parse.sh; the
 * figures go into docs/conformance.md.
 */
public final class ParseBenchmark {
    private ParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/pg-regress/valid");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        List<SourceFile> files = Measure.corpus(corpus);
        double megabytes = Measure.megabytes(files);
        System.out.printf("%d files, %.2f MB of SQL; %d warm-up rounds, %d measured%n", files.size(), megabytes, warmup, measured);
        for (int round = 0; round < warmup; round++) {
            System.out.printf("warm-up %2d: %6.2f MB/s%n", round + 1, megabytes / parseAll(files, new ScriptParser()));
        }
        double[] wall = new double[measured];
        double[] cpu = new double[measured];
        double[][] phaseCpu = new double[Phase.values().length][measured];
        double[] lexAndParseCpu = new double[measured];
        for (int round = 0; round < measured; round++) {
            double cpuStart = Measure.cpuSeconds();
            wall[round] = parseAll(files, new ScriptParser());
            cpu[round] = Measure.cpuSeconds() - cpuStart;
            PhaseTimes times = PhaseTimes.started();
            parseAll(files, new ScriptParser(times));
            long timed = Arrays.stream(Phase.values()).mapToLong(times::nanos).sum();
            for (Phase phase : Phase.values()) {
                phaseCpu[phase.ordinal()][round] = cpu[round] * times.nanos(phase) / timed;
            }
            lexAndParseCpu[round] = cpu[round] * (timed - times.nanos(Phase.BUILD)) / timed;
        }
        System.out.println("medians of the measured rounds, one thread, warm, CPU time:");
        for (Phase phase : Phase.values()) {
            Measure.print(phase.name().toLowerCase(), Measure.median(phaseCpu[phase.ordinal()]), megabytes);
        }
        Measure.print("all but build", Measure.median(lexAndParseCpu), megabytes);
        Measure.print("total, scripts to ASTs", Measure.median(cpu), megabytes);
        System.out.printf("  (wall clock of the total: %.3f s, %.2f MB/s)%n", Measure.median(wall), megabytes / Measure.median(wall));
    }

    private static double parseAll(List<SourceFile> files, ScriptParser parser) {
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
}
