package dev.evtlint.cli;

import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;

/**
 * A rule that takes far longer than any time budget a test gives, registered only in the process
 * {@link TimeBudgetCliTest} starts (its service file and documentation are written there), never
 * among the rules of the other tests.
 */
@RuleMeta(id = "EVT699", name = "slow-rule-for-time-budget", summary = "A rule that never ends in time (a test's)",
        severity = Severity.WARNING, category = Category.ROBUSTNESS, since = "0.1.0", tags = {"test"})
public final class SlowRuleForTimeBudget implements Rule {
    @Override
    public void check(RuleContext context) {
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
