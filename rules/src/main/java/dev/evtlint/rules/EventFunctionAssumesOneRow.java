package dev.evtlint.rules;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.PlNodes;
import dev.evtlint.model.CommandTagFacts;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.Set;

/**
 * A scalar subquery or a SELECT ... INTO over pg_event_trigger_ddl_commands() or
 * pg_event_trigger_dropped_objects(): one command can report many rows (CASCADE, serial columns,
 * indexes), and then the subquery fails or INTO keeps an arbitrary first row.
 */
@RuleMeta(id = "EVT403", name = "event-function-assumes-one-row",
        summary = "Scalar subquery or SELECT INTO over an event function that returns many rows",
        severity = Severity.WARNING, category = Category.CONTRACT, since = "0.1.0", tags = {"correctness"})
public final class EventFunctionAssumesOneRow implements Rule {
    private static final String DDL_COMMANDS = "pg_event_trigger_ddl_commands";
    private static final Set<String> SET_FUNCTIONS = Set.of(DDL_COMMANDS, "pg_event_trigger_dropped_objects");

    /**
     * Commands that report exactly one row in pg_event_trigger_ddl_commands(): one routine or one
     * comment, with nothing created beside it (each nested command gets its own list).
     */
    private static final Set<String> ONE_ROW_TAGS = Set.of("CREATE FUNCTION", "CREATE PROCEDURE", "ALTER FUNCTION",
            "ALTER PROCEDURE", "ALTER ROUTINE", "COMMENT");

    @Override
    public void check(RuleContext context) {
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            boolean oneCommandRow = context.model().triggersReaching(function).stream()
                    .allMatch(EventFunctionAssumesOneRow::reportsOneCommandRow);
            PlNodes.forEachStatement(function.body(), statement -> {
                if (statement instanceof PlStatement.Sql sql && !sql.into().isEmpty()
                        && sql.statement() instanceof Statement.Select select && assumesOneRow(select, oneCommandRow)) {
                    report(context, function, statement, eventFunction(select), sql.strict()
                            ? "SELECT ... INTO STRICT then fails with \"query returned more than one row\" and aborts the command"
                            : "SELECT ... INTO keeps only the first of its rows, silently");
                }
                for (Node part : PlNodes.ownParts(statement)) {
                    for (Expr.Subquery subquery : AstVisitor.collect(part, Expr.Subquery.class)) {
                        if (subquery.kind() == Expr.SubqueryKind.SCALAR && assumesOneRow(subquery.query(), oneCommandRow)) {
                            report(context, function, subquery, eventFunction(subquery.query()),
                                    "the subquery fails with \"more than one row returned by a subquery used as an "
                                            + "expression\" and aborts the command");
                        }
                    }
                }
            });
        }
    }

    private static void report(RuleContext context, FunctionDef function, Node at, String eventFunction, String consequence) {
        context.report(function.file(), at)
                .message("in " + function.signature() + ", " + eventFunction + "() can return many rows for one command "
                        + "(CASCADE, serial columns, indexes): " + consequence)
                .help("loop over the rows (FOR r IN SELECT ... FROM " + eventFunction + "() LOOP), or aggregate them");
    }

    /** Whether the trigger fires only for commands that report one row: its tag filter lists only such tags. */
    private static boolean reportsOneCommandRow(EventTriggerDef trigger) {
        return !trigger.tags().isEmpty() && trigger.tags().stream()
                .allMatch(tag -> ONE_ROW_TAGS.contains(CommandTagFacts.asciiUpper(tag.value())));
    }

    /**
     * Reads one of the two set-returning event functions, without LIMIT and without aggregating;
     * pg_event_trigger_ddl_commands() only when the triggers may fire for a command with many rows.
     */
    private static boolean assumesOneRow(Statement.Select select, boolean oneCommandRow) {
        String function = eventFunction(select);
        return function != null && !(oneCommandRow && function.equals(DDL_COMMANDS)) && select.limit() == null
                && !(select.otherExpressions().isEmpty() && !select.targets().isEmpty()
                        && select.targets().stream().allMatch(Aggregates::isAggregate));
    }

    private static String eventFunction(Statement.Select select) {
        for (Part.TableRef table : select.from()) {
            for (Part.FunctionTableRef functions : AstVisitor.collect(table, Part.FunctionTableRef.class)) {
                for (Expr.FunctionCall call : functions.functions()) {
                    if (SET_FUNCTIONS.contains(call.name().name())) {
                        return call.name().name();
                    }
                }
            }
        }
        return null;
    }
}
