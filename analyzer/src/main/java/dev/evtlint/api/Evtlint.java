package dev.evtlint.api;

import dev.evtlint.concurrent.LargeStack;
import dev.evtlint.parse.GrammarWarmUp;
import dev.evtlint.parse.PredictionCache;
import dev.evtlint.rule.RuleRegistry;

/**
 * The analysis engine: analyses the scripts a request names and returns findings and tool
 * notifications. It never throws for a problem with the input; such problems become notifications.
 * Front ends do not call it directly but through {@link dev.evtlint.pipeline.Pipeline}, which first
 * resolves the configuration, run order, rules and baseline once; tests call it with a request of their own.
 */
public final class Evtlint {
    private Evtlint() {
    }

    /**
     * Starts preparing the parsers on a background thread, for a process that is about to analyse
     * scripts: their start-up cost then overlaps with the caller's own (see {@link GrammarWarmUp}).
     */
    public static void warmUp() {
        GrammarWarmUp.start();
    }

    public static AnalysisResult analyze(AnalysisRequest request) {
        return analyze(request, RuleRegistry.load());
    }

    public static AnalysisResult analyze(AnalysisRequest request, RuleRegistry registry) {
        return analyze(request, EvtlintConfig.NONE, registry);
    }

    /**
     * Analyses with a configuration file's settings that the request has no place for: severity
     * overrides, per-path ignores and known functions. The caller has already merged the others
     * (select, ignore, PostgreSQL version, run order) into the request, its own options first.
     */
    public static AnalysisResult analyze(AnalysisRequest request, EvtlintConfig config, RuleRegistry registry) {
        return analyze(request, config, registry, Progress.NONE);
    }

    /** As {@link #analyze(AnalysisRequest, EvtlintConfig, RuleRegistry)}, telling {@code progress} how far it is. */
    public static AnalysisResult analyze(AnalysisRequest request, EvtlintConfig config, RuleRegistry registry,
                                         Progress progress) {
        return analyze(request, config, registry, progress, LiveSources.NONE);
    }

    /**
     * As {@link #analyze(AnalysisRequest, EvtlintConfig, RuleRegistry, Progress)}, for a process that
     * analyses the same project again and again: {@code live} supplies unsaved buffers and the
     * unchanged files' earlier parses.
     */
    public static AnalysisResult analyze(AnalysisRequest request, EvtlintConfig config, RuleRegistry registry,
                                         Progress progress, LiveSources live) {
        // The rules walk ASTs as deep as the parser threads could build (see LargeStack).
        AnalysisResult result = LargeStack.call(() -> new Analysis(request, config, registry, progress, live).run(), "evtlint-analysis");
        // After the run, not before: the grammar classes are loaded by then, and the next run in
        // this process starts with DFAs of a bounded size.
        PredictionCache.trim(PredictionCache.MAX_STATES);
        return result;
    }
}
