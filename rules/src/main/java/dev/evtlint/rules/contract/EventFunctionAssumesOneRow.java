package dev.evtlint.rules.contract;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.EventFunctionQueries;
import dev.evtlint.flow.Fact;
import dev.evtlint.flow.GuardState;
import dev.evtlint.flow.PlNodes;
import dev.evtlint.model.CommandTagFacts;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A scalar subquery or a SELECT ... INTO over pg_event_trigger_ddl_commands() or
 * pg_event_trigger_dropped_objects(): one command can report many rows (CASCADE, serial columns,
 * indexes), and then the subquery fails or INTO keeps an arbitrary first row. Not when the query
 * aggregates into one row, when the triggers fire only for commands that report one row, or when
 * an earlier check of the row count ensures it; nor for a SELECT ... INTO (not STRICT) whose rows
 * all describe the same object ({@link OneObjectRows}), where the first row is as good as any.
 */
@RuleMeta(id = "EVT403", name = "event-function-assumes-one-row",
        summary = "Scalar subquery or SELECT INTO over an event function that returns many rows",
        severity = Severity.WARNING, category = Category.CONTRACT, since = "0.1.0", tags = {"correctness"})
public final class EventFunctionAssumesOneRow implements Rule {
    /** Set-returning functions that make a query with aggregates return several rows after all. */
    private static final Set<String> SET_RETURNING = Set.of("unnest", "generate_series", "json_array_elements",
            "jsonb_array_elements", "json_array_elements_text", "jsonb_array_elements_text", "json_each", "jsonb_each",
            "json_each_text", "jsonb_each_text", "json_object_keys", "jsonb_object_keys", "regexp_matches",
            "regexp_split_to_table", "string_to_table", "jsonb_path_query", "generate_subscripts");

    @Override
    public void check(RuleContext context) {
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            List<EventTriggerDef> triggers = context.model().triggersReaching(function);
            boolean oneCommandRow = triggers.stream().allMatch(trigger -> reportsOneCommandRow(trigger, context.pgVersion()));
            String oneObjectType = oneObjectType(triggers, context.pgVersion());
            PlNodes.forEachStatement(function.body(), statement -> {
                GuardState before = context.flow().before(function, statement);
                if (statement instanceof PlStatement.Sql sql && !sql.into().isEmpty()
                        && sql.statement() instanceof Statement.Select select && assumesOneRow(select, oneCommandRow, before)
                        && !(!sql.strict() && OneObjectRows.holds(select, oneObjectType, sql.into(), function))) {
                    report(context, function, statement, EventFunctionQueries.eventFunction(select), sql.strict()
                            ? "SELECT ... INTO STRICT then fails with \"query returned more than one row\" and aborts the command"
                            : "SELECT ... INTO keeps only the first of its rows, silently");
                }
                for (Node part : PlNodes.ownParts(statement)) {
                    for (Expr.Subquery subquery : AstVisitor.collect(part, Expr.Subquery.class)) {
                        if (subquery.kind() == Expr.SubqueryKind.SCALAR && assumesOneRow(subquery.query(), oneCommandRow, before)) {
                            report(context, function, subquery, EventFunctionQueries.eventFunction(subquery.query()),
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

    /** Whether the trigger fires only for commands that report at most one row: every tag it can fire for does. */
    private static boolean reportsOneCommandRow(EventTriggerDef trigger, int pgVersion) {
        return !trigger.tags().isEmpty() && trigger.possibleTags(pgVersion).stream()
                .allMatch(CommandTagFacts::reportsAtMostOneCommandRow);
    }

    /**
     * The object_type whose rows describe one object for every command the triggers fire for
     * ({@link CommandTagFacts#oneObjectType}), when all of them agree on one; else null.
     */
    private static String oneObjectType(List<EventTriggerDef> triggers, int pgVersion) {
        Set<String> types = new HashSet<>();
        for (EventTriggerDef trigger : triggers) {
            if (trigger.tags().isEmpty()) {
                return null;
            }
            for (String tag : trigger.possibleTags(pgVersion)) {
                types.add(CommandTagFacts.oneObjectType(tag));
            }
        }
        return types.size() == 1 ? types.iterator().next() : null;
    }

    /**
     * Reads one of the two set-returning event functions, without LIMIT and without aggregating;
     * not when the triggers or an earlier count check limit that function to one row.
     */
    private static boolean assumesOneRow(Statement.Select select, boolean oneCommandRow, GuardState before) {
        String function = EventFunctionQueries.eventFunction(select);
        if (function == null || select.limit() != null || aggregatesIntoOneRow(select)) {
            return false;
        }
        boolean ddlCommands = function.equals(EventFunctionQueries.DDL_COMMANDS);
        return !(ddlCommands && (oneCommandRow || before.holds(Fact.ONE_DDL_COMMAND)))
                && !(!ddlCommands && before.holds(Fact.ONE_DROPPED_OBJECT));
    }

    /**
     * An aggregate in the select list without GROUP BY (or any other clause that could split the
     * rows): one row, unless a set-returning function in the select list expands it again.
     */
    private static boolean aggregatesIntoOneRow(Statement.Select select) {
        return select.otherExpressions().isEmpty() && !EventFunctionQueries.aggregatesInTargets(select).isEmpty()
                && select.targets().stream().flatMap(target -> AstVisitor.collect(target, Expr.FunctionCall.class).stream())
                        .noneMatch(call -> SET_RETURNING.contains(call.name().name()));
    }
}
