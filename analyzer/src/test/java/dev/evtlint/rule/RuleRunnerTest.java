package dev.evtlint.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.flow.FlowAnalysis;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.parse.TimeBudgetExceeded;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule that runs too long or overflows its stack is left out alone: the other rules' findings stay. */
class RuleRunnerTest {
    private static final SourceFile FILE = SourceFile.ofText("a.sql", "SELECT 1;\n");

    @RuleMeta(id = "EVT901", name = "reports-once", summary = "s", severity = Severity.NOTE, category = Category.ROBUSTNESS,
            since = "0.1.0")
    static final class ReportsOnce implements Rule {
        @Override
        public void check(RuleContext context) {
            context.report(FILE, new SourceRange(0, 6, 1, 1, 1, 7)).message("found");
        }
    }

    @RuleMeta(id = "EVT902", name = "never-ends", summary = "s", severity = Severity.NOTE, category = Category.ROBUSTNESS,
            since = "0.1.0")
    static final class NeverEnds implements Rule {
        @Override
        public void check(RuleContext context) {
            try {
                Thread.sleep(Duration.ofMinutes(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @RuleMeta(id = "EVT903", name = "recurses-for-ever", summary = "s", severity = Severity.NOTE,
            category = Category.ROBUSTNESS, since = "0.1.0")
    static final class RecursesForEver implements Rule {
        @Override
        public void check(RuleContext context) {
            recurse(0);
        }

        private static int recurse(int depth) {
            return recurse(depth + 1) + 1;
        }
    }

    private static RuleRegistry.RegisteredRule registered(Rule rule) {
        return new RuleRegistry.RegisteredRule(RuleDescriptor.of(rule.getClass().getAnnotation(RuleMeta.class), "doc"), rule);
    }

    @Test
    void aRuleOverItsTimeBudgetOrStackIsLeftOutAndTheOthersKeepTheirFindings() {
        ProjectModel model = ProjectModel.build(List.of());
        // Long enough for the recursion to overflow its 16 MB stack first on a loaded machine (half a
        // second was not, and the budget then ended it), short enough to wait for the rule that never ends.
        RuleRunner runner = new RuleRunner(model, new FlowAnalysis(model), 18, name -> false, Duration.ofSeconds(5));
        Map<String, RuntimeException> failures = new LinkedHashMap<>();
        List<Finding> findings = runner.run(List.of(registered(new NeverEnds()), registered(new ReportsOnce()),
                registered(new RecursesForEver())), 2, (rule, e) -> failures.put(rule.id(), e));
        assertEquals(List.of("found"), findings.stream().map(Finding::message).toList());
        assertEquals(List.of("EVT902", "EVT903"), List.copyOf(failures.keySet()));
        TimeBudgetExceeded exceeded = assertInstanceOf(TimeBudgetExceeded.class, failures.get("EVT902"));
        assertEquals("5 s", exceeded.budgetText());
        assertTrue(failures.get("EVT903").getMessage().contains("StackOverflowError"), failures.get("EVT903")::getMessage);
    }
}
