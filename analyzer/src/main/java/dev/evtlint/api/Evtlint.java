package dev.evtlint.api;

import dev.evtlint.rule.RuleRegistry;

/**
 * The library entry point that the command line, the Maven plugin and tests call: analyses the
 * scripts a request names and returns findings and tool notifications. It never throws for a
 * problem with the input; such problems become notifications.
 */
public final class Evtlint {
    private Evtlint() {
    }

    public static AnalysisResult analyze(AnalysisRequest request) {
        return analyze(request, RuleRegistry.load());
    }

    public static AnalysisResult analyze(AnalysisRequest request, RuleRegistry registry) {
        return new Analysis(request, registry).run();
    }
}
