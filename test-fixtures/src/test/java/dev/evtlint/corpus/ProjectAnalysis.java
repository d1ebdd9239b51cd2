package dev.evtlint.corpus;

import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.Evtlint;
import dev.evtlint.api.ToolNotification;
import dev.evtlint.api.EvtlintConfig;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.RuleRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Analyses one corpus project the way {@code evtlint check} does with its defaults: every rule,
 * PostgreSQL 18, the default run order, no configuration file; all folders of the project (its
 * committed and its local part) in one run, so that its scripts see each other.
 */
final class ProjectAnalysis {
    private static final int JOBS = 2;

    private ProjectAnalysis() {
    }

    static List<CorpusFinding> findings(String project, List<Path> folders) {
        List<Path> absolute = folders.stream().map(Path::toAbsolutePath).toList();
        AnalysisRequest request = new AnalysisRequest(absolute, absolute.get(0), AnalysisRequest.DEFAULT_PG_VERSION,
                Set.of(), Set.of(), List.of(), JOBS, List.of(),
                Duration.ofSeconds(AnalysisRequest.DEFAULT_FILE_TIMEOUT_SECONDS));
        AnalysisResult result = Evtlint.analyze(request, EvtlintConfig.NONE, RuleRegistry.load());
        List<ToolNotification> internalErrors = result.notifications().stream().filter(ToolNotification::internalError).toList();
        if (!internalErrors.isEmpty()) {
            throw new IllegalStateException("internal errors on corpus project " + project + ": " + internalErrors);
        }
        return result.findings().stream().map(finding -> corpusFinding(project, absolute, finding)).toList();
    }

    private static CorpusFinding corpusFinding(String project, List<Path> folders, Finding finding) {
        Path path = finding.location().file().path().toAbsolutePath();
        Path folder = folders.stream().filter(path::startsWith).findFirst()
                .orElseThrow(() -> new IllegalStateException(path + " is outside the folders of project " + project));
        var range = finding.location().range();
        FindingKey key = new FindingKey(project, folder.relativize(path).toString().replace('\\', '/'),
                range.startLine(), range.startColumn(), finding.rule().id());
        return new CorpusFinding(key, finding.message());
    }
}
