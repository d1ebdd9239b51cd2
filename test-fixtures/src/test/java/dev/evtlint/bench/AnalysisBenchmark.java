package dev.evtlint.bench;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.flow.FlowAnalysis;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.parse.ScriptParser;
import dev.evtlint.rule.RuleRegistry;
import dev.evtlint.rule.RuleRunner;
import dev.evtlint.script.ScriptFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What comes after parsing, on one core, warm: the project model, the flow analysis and every rule
 * over PostgreSQL's regression scripts, parsed once beforehand (in path order, as one project),
 * and the five rules that cost most.
 * Figures are medians of the measured rounds' CPU time of the process: the rules run on threads of
 * their own, whose time the calling thread's clock does not see. Not a test: scripts/bench.sh runs
 * it; the figures go into docs/performance.md.
 */
public final class AnalysisBenchmark {
    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/pg-regress/valid");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        List<SourceFile> sources = Measure.corpus(corpus);
        ScriptParser parser = new ScriptParser();
        List<ScriptFile> scripts = sources.stream().map(parser::parse).toList();
        List<RuleRegistry.RegisteredRule> rules = RuleRegistry.load().rules();
        System.out.printf("%d files, %d rules; %d warm-up rounds, %d measured%n", scripts.size(), rules.size(), warmup, measured);
        double[] model = new double[measured];
        double[] rulesAndFlow = new double[measured];
        double[][] perRule = new double[rules.size()][measured];
        for (int round = -warmup; round < measured; round++) {
            double start = Measure.processCpuSeconds();
            ProjectModel built = ProjectModel.build(scripts);
            double modelled = Measure.processCpuSeconds();
            RuleRunner runner = new RuleRunner(built, new FlowAnalysis(built), 18);
            int findings = 0;
            for (int r = 0; r < rules.size(); r++) {
                double ruleStart = Measure.processCpuSeconds();
                findings += runner.run(List.of(rules.get(r)), (rule, e) -> {
                    throw new IllegalStateException(rule.id() + " failed", e);
                }).size();
                if (round >= 0) {
                    perRule[r][round] = Measure.processCpuSeconds() - ruleStart;
                }
            }
            double end = Measure.processCpuSeconds();
            if (round >= 0) {
                model[round] = modelled - start;
                rulesAndFlow[round] = end - modelled;
            } else {
                System.out.printf("warm-up %2d: %.3f s, %d findings%n", round + warmup + 1, end - start, findings);
            }
        }
        double megabytes = Measure.megabytes(sources);
        System.out.println("medians of the measured rounds, one rule at a time, warm, CPU time of the process:");
        Measure.print("project model", Measure.median(model), megabytes);
        Measure.print("flow analysis and rules", Measure.median(rulesAndFlow), megabytes);
        // The rules in order of cost; the flow analysis a rule asks for first is charged to it.
        List<Integer> byCost = IntStream.range(0, rules.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer r) -> -Measure.median(perRule[r]))).limit(5).toList();
        for (int r : byCost) {
            Measure.print("  " + rules.get(r).descriptor().id(), Measure.median(perRule[r]), megabytes);
        }
    }
}
