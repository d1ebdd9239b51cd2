package dev.evtlint.rules.contract;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.flow.BuiltinFunctions;
import dev.evtlint.flow.Cfg;
import dev.evtlint.flow.PlNodes;
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
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            Cfg cfg = context.flow().cfg(function);
            PlNodes.forEachStatement(function.body(), statement -> {
                for (Node part : PlNodes.ownParts(statement)) {
                    for (Expr.FunctionCall call : AstVisitor.collect(part, Expr.FunctionCall.class)) {
                        check(context, function, cfg, statement, call);
                    }
                }
            });
        }
    }

    /**
     * Reports {@code call} for the triggers of another event that run {@code statement}: a trigger
     * whose event a TG_EVENT test on the way rules out never gets there.
     */
    private static void check(RuleContext context, FunctionDef function, Cfg cfg, PlStatement statement,
                              Expr.FunctionCall call) {
        BuiltinFunctions.Builtin builtin = context.flow().builtins().of(call);
        if (builtin == null || !builtin.effects().contains(BuiltinFunctions.Effect.EVENT_FUNCTION)) {
            return;
        }
        List<EventTriggerDef> wrong = context.model().triggersReaching(function).stream()
                .filter(trigger -> !trigger.event().equals(builtin.event()) && !reportedByEvt304(builtin, trigger))
                .filter(trigger -> cfg.reachableOn(statement, trigger.event()))
                .toList();
        if (!wrong.isEmpty()) {
            report(context, function, call, builtin, wrong);
        }
    }

    /**
     * pg_event_trigger_ddl_commands() at ddl_command_start is EVT304's (start-trigger-reads-target-object),
     * which says why nothing is there yet; one finding per call is enough.
     */
    private static boolean reportedByEvt304(BuiltinFunctions.Builtin builtin, EventTriggerDef trigger) {
        return builtin.name().equals(DDL_COMMANDS) && trigger.event().equals("ddl_command_start");
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
