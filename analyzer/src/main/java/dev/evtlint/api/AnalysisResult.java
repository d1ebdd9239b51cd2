package dev.evtlint.api;

import dev.evtlint.rule.Finding;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.suppress.SuppressedFinding;
import java.util.List;

/**
 * The outcome of a run: findings in a deterministic order (path, line, column, rule), the rules
 * that were enabled, the files analysed, the tool's own problems, and the findings that
 * suppression comments silenced (in the same order; not part of {@code findings}).
 */
public record AnalysisResult(List<Finding> findings, List<RuleDescriptor> enabledRules, List<SourceFile> files,
                             List<ToolNotification> notifications, List<SuppressedFinding> suppressed) {

    /** A result in which nothing was suppressed. */
    public AnalysisResult(List<Finding> findings, List<RuleDescriptor> enabledRules, List<SourceFile> files,
                          List<ToolNotification> notifications) {
        this(findings, enabledRules, files, notifications, List.of());
    }

    public boolean hasInternalErrors() {
        return notifications.stream().anyMatch(ToolNotification::internalError);
    }
}
