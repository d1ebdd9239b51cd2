package dev.evtlint.suppress;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.RuleDescriptor;
import java.util.List;

/**
 * A well-formed {@code -- evtlint-ignore} or {@code -- evtlint-ignore-file} comment. {@code range}
 * is the comment itself; {@code target} is the statement it covers, or null when it covers the
 * whole file, or when no statement follows it (then it suppresses nothing). {@code reason} is the
 * text after the rules, possibly empty.
 */
public record SuppressionComment(SourceFile file, SourceRange range, boolean wholeFile, List<RuleDescriptor> rules,
                                 String reason, SourceRange target) {

    public SuppressionComment {
        rules = List.copyOf(rules);
    }

    /** Whether this comment suppresses {@code finding}: same file, a rule it names, inside what it covers. */
    boolean covers(Finding finding) {
        if (finding.location().file() != file || !names(finding.rule())) {
            return false;
        }
        if (wholeFile) {
            return true;
        }
        int start = finding.location().range().startOffset();
        return target != null && target.startOffset() <= start && start < Math.max(target.endOffset(), target.startOffset() + 1);
    }

    boolean names(RuleDescriptor rule) {
        return rules.stream().anyMatch(named -> named.id().equals(rule.id()));
    }
}
