package dev.evtlint.rules.tool;

import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;

/**
 * A suppression comment that is malformed or names an unknown rule. The engine reads suppression
 * comments while it applies them to the findings of all rules, and reports these findings there
 * ({@code dev.evtlint.suppress.Suppressions}); this class is the rule's identity and documentation.
 */
@RuleMeta(id = "EVT002", name = "invalid-suppression", summary = "Malformed suppression comment, or one naming an unknown rule",
        severity = Severity.ERROR, category = Category.TOOL, since = "0.1.0", tags = {"correctness"},
        precision = "very-high")
public final class InvalidSuppression implements Rule {

    @Override
    public void check(RuleContext context) {
        // Reported by the engine while it applies suppressions; see the class comment.
    }
}
