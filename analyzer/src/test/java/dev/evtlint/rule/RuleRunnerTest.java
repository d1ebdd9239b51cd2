package dev.evtlint.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.flow.FlowAnalysis;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.parse.ScriptParser;
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

    @RuleMeta(id = "EVT904", name = "reports-each-trigger-function", summary = "s", severity = Severity.NOTE,
            category = Category.ROBUSTNESS, since = "0.1.0")
    static final class ReportsEachTriggerFunction implements Rule {
        @Override
        public void check(RuleContext context) {
            context.model().triggerFunctions().forEach(function ->
                    context.report(function.file(), function.definition().name()).message(function.file().displayPath()));
        }
    }

    private static RuleRegistry.RegisteredRule registered(Rule rule) {
        return new RuleRegistry.RegisteredRule(RuleDescriptor.of(rule.getClass().getAnnotation(RuleMeta.class), "doc"), rule);
    }

    @Test
    void aRuleOverItsTimeBudgetIsLeftOutAndTheOthersKeepTheirFindings() {
        // Seconds, not milliseconds: the rule that reports once must finish within the budget on a
        // loaded machine too, or the test would be about the machine.
        Map<String, RuntimeException> failures = new LinkedHashMap<>();
        List<Finding> findings = runnerWithBudget(Duration.ofSeconds(5))
                .run(List.of(registered(new NeverEnds()), registered(new ReportsOnce())), 2,
                        (rule, e) -> failures.put(rule.id(), e));
        assertEquals(List.of("found"), findings.stream().map(Finding::message).toList());
        assertEquals(List.of("EVT902"), List.copyOf(failures.keySet()));
        TimeBudgetExceeded exceeded = assertInstanceOf(TimeBudgetExceeded.class, failures.get("EVT902"));
        assertEquals("5 s", exceeded.budgetText());
    }

    @Test
    void aRuleThatOverflowsItsStackIsLeftOutAndTheOthersKeepTheirFindings() {
        // A budget far above what recursing to the end of the large stack takes even on a loaded
        // machine: this test is about the stack, and a budget met first would make it about time.
        Map<String, RuntimeException> failures = new LinkedHashMap<>();
        List<Finding> findings = runnerWithBudget(Duration.ofMinutes(5))
                .run(List.of(registered(new RecursesForEver()), registered(new ReportsOnce())), 2,
                        (rule, e) -> failures.put(rule.id(), e));
        assertEquals(List.of("found"), findings.stream().map(Finding::message).toList());
        assertEquals(List.of("EVT903"), List.copyOf(failures.keySet()));
        assertTrue(failures.get("EVT903").getMessage().contains("StackOverflowError"), failures.get("EVT903")::getMessage);
    }

    @Test
    void aFindingInADefinitionALaterStatementReplacedPointsToThatStatement() {
        String function = "CREATE OR REPLACE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n";
        ScriptParser parser = new ScriptParser();
        ProjectModel model = ProjectModel.build(List.of(
                parser.parse(SourceFile.ofText("001.sql", function + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n")),
                parser.parse(SourceFile.ofText("002.sql", "SELECT 1;\n" + function))));
        List<Finding> findings = new RuleRunner(model, new FlowAnalysis(model), 18)
                .run(List.of(registered(new ReportsEachTriggerFunction())), 1, (rule, e) -> { });
        Map<String, List<String>> notes = new LinkedHashMap<>();
        findings.forEach(finding -> notes.put(finding.message(), finding.related().stream()
                .map(note -> note.location().file().displayPath() + ":" + note.location().range().startLine() + " " + note.message())
                .toList()));
        assertEquals(Map.of("002.sql", List.of(), "001.sql", List.of("002.sql:2 the definition this finding is in, which event "
                + "triggers ran, stands until this statement replaces it")), notes);
    }

    private static RuleRunner runnerWithBudget(Duration budget) {
        ProjectModel model = ProjectModel.build(List.of());
        return new RuleRunner(model, new FlowAnalysis(model), 18, name -> false, budget);
    }
}
