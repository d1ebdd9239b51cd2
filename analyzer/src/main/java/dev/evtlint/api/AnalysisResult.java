package dev.evtlint.api;

import dev.evtlint.rule.Finding;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.ast.SourceFile;
import java.util.List;

/**
 * The outcome of a run: findings in a deterministic order (path, line, column, rule), the rules
 * that were enabled, the files analysed, and the tool's own problems.
 */
public record AnalysisResult(List<Finding> findings, List<RuleDescriptor> enabledRules, List<SourceFile> files,
                             List<ToolNotification> notifications) {

    public boolean hasInternalErrors() {
        return notifications.stream().anyMatch(ToolNotification::internalError);
    }
}
