package dev.evtlint.rules;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.PlNodes;
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
    private static final Set<String> SET_FUNCTIONS = Set.of("pg_event_trigger_ddl_commands", "pg_event_trigger_dropped_objects");
    /** Aggregates without GROUP BY return one row whatever the function returns. */
    private static final Set<String> AGGREGATES = Set.of("count", "sum", "min", "max", "avg", "string_agg", "array_agg",
            "bool_and", "bool_or", "every", "json_agg", "jsonb_agg", "json_object_agg", "jsonb_object_agg");

    @Override
    public void check(RuleContext context) {
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            PlNodes.forEachStatement(function.body(), statement -> {
                if (statement instanceof PlStatement.Sql sql && !sql.into().isEmpty()
                        && sql.statement() instanceof Statement.Select select && assumesOneRow(select)) {
                    report(context, function, statement, eventFunction(select), sql.strict()
                            ? "SELECT ... INTO STRICT then fails with \"query returned more than one row\" and aborts the command"
                            : "SELECT ... INTO keeps only the first of its rows, silently");
                }
                for (Node part : PlNodes.ownParts(statement)) {
                    for (Expr.Subquery subquery : AstVisitor.collect(part, Expr.Subquery.class)) {
                        if (subquery.kind() == Expr.SubqueryKind.SCALAR && assumesOneRow(subquery.query())) {
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

    /** Reads one of the two set-returning event functions, without LIMIT and without aggregating. */
    private static boolean assumesOneRow(Statement.Select select) {
        return eventFunction(select) != null && select.limit() == null
                && !(select.otherExpressions().isEmpty() && !select.targets().isEmpty()
                        && select.targets().stream().allMatch(EventFunctionAssumesOneRow::isAggregate));
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

    private static boolean isAggregate(Expr target) {
        return target instanceof Expr.FunctionCall call && AGGREGATES.contains(call.name().name());
    }
}
