package dev.evtlint.api;

import dev.evtlint.rule.RuleRegistry;
import java.util.List;

/** One run of the pipeline (DESIGN.md section 2). */
final class Analysis {
    private final AnalysisRequest request;
    private final RuleRegistry registry;

    Analysis(AnalysisRequest request, RuleRegistry registry) {
        this.request = request;
        this.registry = registry;
    }

    AnalysisResult run() {
        // The pipeline is being built; this keeps the API compiling meanwhile.
        return new AnalysisResult(List.of(), registry.descriptors(), List.of(), List.of());
    }
}
