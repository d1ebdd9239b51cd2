package dev.evtlint.rules.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.flow.FlowAnalysis;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.parse.ScriptParser;
import dev.evtlint.rule.FindingBuilder;
import dev.evtlint.rule.RuleContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * EVT301, EVT303 and EVT305 work out what a trigger function does once per function, not once per trigger:
 * N triggers of one function calling a chain of N functions were N squared steps.
 */
class TriggerFunctionWorkTest {
    private static final int TRIGGERS = 200;
    private static final int CHAIN = 200;

    /** {@code TRIGGERS} triggers of f_0, which calls f_1, ..., f_CHAIN; f_CHAIN writes and reads one table. */
    private static RuleContext sharedChain() {
        String function = "CREATE FUNCTION %s() RETURNS %s LANGUAGE plpgsql AS $$ BEGIN %s END $$;\n";
        StringBuilder script = new StringBuilder("CREATE TABLE audit (n bigint);\n")
                .append(function.formatted("f_0", "event_trigger", "PERFORM f_1();"));
        for (int i = 1; i < CHAIN; i++) {
            script.append(function.formatted("f_" + i, "void", "PERFORM f_" + (i + 1) + "();"));
        }
        script.append(function.formatted("f_" + CHAIN, "void", "INSERT INTO audit SELECT count(*) FROM audit;"));
        for (int i = 0; i < TRIGGERS; i++) {
            script.append("CREATE EVENT TRIGGER t_").append(i).append(" ON ddl_command_end EXECUTE FUNCTION f_0();\n");
        }
        ProjectModel model = ProjectModel.build(List.of(new ScriptParser().parse(SourceFile.ofText("shared.sql", script.toString()))));
        FlowAnalysis flow = new FlowAnalysis(model);
        return new RuleContext() {
            @Override
            public ProjectModel model() {
                return model;
            }

            @Override
            public FlowAnalysis flow() {
                return flow;
            }

            @Override
            public int pgVersion() {
                return 18;
            }

            @Override
            public FindingBuilder report(SourceFile file, SourceRange range) {
                throw new AssertionError("triggers of one function that runs no DDL give no finding");
            }
        };
    }

    @Test
    void orderDependentTriggersWorkOutTheAccessesIrreversibleCallAndVetoOfASharedFunctionOnce() {
        RuleContext context = sharedChain();
        OrderDependentTriggers.FunctionBehaviours functions = new OrderDependentTriggers.FunctionBehaviours(context);
        OrderDependentTriggers.check(context, functions);
        // Once per trigger: 3 * TRIGGERS answers, each a walk of the chain.
        assertEquals(3, functions.answersWorkedOut());
    }

    @Test
    void recursiveEventTriggerSearchesASharedFunctionsCallsOnce() {
        RuleContext context = sharedChain();
        RecursiveEventTrigger.Searches searches = new RecursiveEventTrigger.Searches(context);
        RecursiveEventTrigger.check(context, searches);
        // Once per trigger: TRIGGERS * (CHAIN + 1) functions entered.
        assertEquals(CHAIN + 1, searches.functionsEntered());
    }

    @Test
    void auditLostOnFailedCommandReadsTheReadsOfASharedFunctionOnce() {
        // Once per trigger: TRIGGERS copies of f_CHAIN's read of audit, each from a walk of the chain.
        assertEquals(List.of("table audit"), AuditLostOnFailedCommand.readsOfLaterTriggers(sharedChain()).stream()
                .map(read -> read.state().describe()).toList());
    }
}
