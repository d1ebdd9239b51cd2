package dev.evtlint.rules.tool;

import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;

/**
 * A suppression comment that suppressed nothing. Whether a comment suppressed something is known
 * only after every other rule ran, so the engine reports these findings
 * ({@code dev.evtlint.suppress.Suppressions}); this class is the rule's identity and documentation,
 * which is what selecting, ignoring and explaining it need.
 */
@RuleMeta(id = "EVT001", name = "unused-suppression", summary = "Suppression comment that suppresses nothing",
        severity = Severity.WARNING, category = Category.TOOL, since = "0.1.0", tags = {"maintainability"},
        precision = "very-high")
public final class UnusedSuppression implements Rule {

    @Override
    public void check(RuleContext context) {
        // Reported by the engine after all rules ran; see the class comment.
    }
}
