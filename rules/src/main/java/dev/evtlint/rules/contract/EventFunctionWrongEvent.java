package dev.evtlint.rules.contract;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.flow.BuiltinFunctions;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.FindingBuilder;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.List;

/**
 * An event trigger function (one an event trigger reaches) that calls an event function outside
 * the only event it works in: pg_event_trigger_dropped_objects() outside sql_drop, the table_rewrite
 * functions outside table_rewrite, pg_event_trigger_ddl_commands() outside ddl_command_end.
 */
@RuleMeta(id = "EVT401", name = "event-function-wrong-event",
        summary = "Event function called from a trigger on an event where it does not work", severity = Severity.ERROR,
        category = Category.CONTRACT, since = "0.1.0", tags = {"correctness"})
public final class EventFunctionWrongEvent implements Rule {
    /** Documented for ddl_command_end only; elsewhere it errors or returns rows by accident (facts §4). */
    private static final String DDL_COMMANDS = "pg_event_trigger_ddl_commands";

    @Override
    public void check(RuleContext context) {
        BuiltinFunctions builtins = context.flow().builtins();
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            for (Expr.FunctionCall call : AstVisitor.collect(function.body(), Expr.FunctionCall.class)) {
                BuiltinFunctions.Builtin builtin = builtins.of(call);
                if (builtin == null || !builtin.effects().contains(BuiltinFunctions.Effect.EVENT_FUNCTION)
                        || testsEvent(function, builtin.event())) {
                    continue;
                }
                List<EventTriggerDef> wrong = context.model().triggersReaching(function).stream()
                        .filter(trigger -> !trigger.event().equals(builtin.event()) && !reportedByEvt304(builtin, trigger))
                        .toList();
                if (!wrong.isEmpty()) {
                    report(context, function, call, builtin, wrong);
                }
            }
        }
    }

    /**
     * pg_event_trigger_ddl_commands() at ddl_command_start is EVT304's (start-trigger-reads-target-object),
     * which says why nothing is there yet; one finding per call is enough.
     */
    private static boolean reportedByEvt304(BuiltinFunctions.Builtin builtin, EventTriggerDef trigger) {
        return builtin.name().equals(DDL_COMMANDS) && trigger.event().equals("ddl_command_start");
    }

    /**
     * A function shared by several events that compares TG_EVENT with the right event is taken to
     * call the function only there: evtlint does not follow TG_EVENT through the control flow yet.
     */
    private static boolean testsEvent(FunctionDef function, String event) {
        return AstVisitor.collect(function.body(), Expr.Operator.class).stream()
                .filter(comparison -> comparison.operator().equals("="))
                .anyMatch(comparison -> comparison.operands().stream().anyMatch(
                        operand -> operand instanceof Expr.ColumnRef column && column.isSimple("tg_event"))
                        && comparison.operands().stream().anyMatch(
                        operand -> operand instanceof Expr.Literal literal && literal.value().equals(event)));
    }

    private static void report(RuleContext context, FunctionDef function, Expr.FunctionCall call,
                               BuiltinFunctions.Builtin builtin, List<EventTriggerDef> wrong) {
        EventTriggerDef first = wrong.get(0);
        boolean ddlCommands = builtin.name().equals(DDL_COMMANDS);
        String consequence = ddlCommands
                ? "it is documented for ddl_command_end only: elsewhere it fails, or returns rows only when another trigger happens to collect them"
                : "it fails there with: " + builtin.name() + "() can only be called in a " + builtin.event()
                        + " event trigger function";
        if (builtin.name().equals("pg_event_trigger_table_rewrite_reason")) {
            consequence = "outside table_rewrite it may return garbage instead of failing (a bug in 17 and 18)";
        }
        FindingBuilder finding = context.report(function.file(), call)
                .message(builtin.name() + "() in " + function.signature() + " runs on " + first.event()
                        + " (event trigger " + first.name() + "), but works only on " + builtin.event() + ": " + consequence)
                .help("call it only from a function that " + builtin.event() + " triggers run, or test TG_EVENT first");
        if (ddlCommands) {
            finding.severity(Severity.WARNING);
        }
        wrong.forEach(trigger -> finding.related(trigger.file(), trigger.definition(),
                "event trigger " + trigger.name() + " on " + trigger.event()));
    }
}
