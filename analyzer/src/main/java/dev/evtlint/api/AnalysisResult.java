package dev.evtlint.api;

import dev.evtlint.rule.Finding;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.suppress.SuppressedFinding;
import java.util.List;

/**
 * The outcome of a run: findings in a deterministic order (path, line, column, rule), the rules
 * that were enabled, the files analysed, the tool's own problems, the findings that suppression
 * comments silenced (in the same order; not part of {@code findings}), and, when the run was
 * compared with a baseline, how ({@code baseline} is null otherwise; {@code findings} then holds
 * only the new findings), and the fixes its rules offer for the findings.
 */
public record AnalysisResult(List<Finding> findings, List<RuleDescriptor> enabledRules, List<SourceFile> files,
                             List<ToolNotification> notifications, List<SuppressedFinding> suppressed,
                             BaselineComparison baseline, FindingFixes fixes) {

    /** A result whose findings have no fixes. */
    public AnalysisResult(List<Finding> findings, List<RuleDescriptor> enabledRules, List<SourceFile> files,
                          List<ToolNotification> notifications, List<SuppressedFinding> suppressed,
                          BaselineComparison baseline) {
        this(findings, enabledRules, files, notifications, suppressed, baseline, FindingFixes.NONE);
    }

    /** A result in which nothing was suppressed, without a baseline. */
    public AnalysisResult(List<Finding> findings, List<RuleDescriptor> enabledRules, List<SourceFile> files,
                          List<ToolNotification> notifications) {
        this(findings, enabledRules, files, notifications, List.of(), null);
    }

    /** This result with only {@code newFindings} and {@code newSuppressed} left, as compared with a baseline. */
    public AnalysisResult comparedWithBaseline(List<Finding> newFindings, List<SuppressedFinding> newSuppressed,
                                               BaselineComparison comparison) {
        return new AnalysisResult(newFindings, enabledRules, files, notifications, newSuppressed, comparison, fixes);
    }

    public boolean hasInternalErrors() {
        return notifications.stream().anyMatch(ToolNotification::internalError);
    }
}
