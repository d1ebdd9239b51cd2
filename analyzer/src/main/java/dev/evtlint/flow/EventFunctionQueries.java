package dev.evtlint.flow;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Queries over the set-returning event functions, pg_event_trigger_ddl_commands() and
 * pg_event_trigger_dropped_objects(), which return one row per object a command touched.
 */
public final class EventFunctionQueries {
    public static final String DDL_COMMANDS = "pg_event_trigger_ddl_commands";
    private static final Set<String> SET_FUNCTIONS = Set.of(DDL_COMMANDS, "pg_event_trigger_dropped_objects");

    private EventFunctionQueries() {
    }

    /** The event function the query reads in its FROM clause (joins and subqueries there included), or null. */
    public static String eventFunction(Statement.Select select) {
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

    /**
     * The statements in {@code root} that run once per row of an event function: those in the body
     * of a {@code FOR ... IN SELECT} loop over a query that reads one, nested statements included.
     * They run only when the event function has rows for the firing, which at ddl_command_start it
     * never has (nothing is collected yet, and pg_event_trigger_dropped_objects() fails there).
     */
    public static Set<PlStatement> runPerEventRow(PlStatement root) {
        Set<PlStatement> perRow = Collections.newSetFromMap(new IdentityHashMap<>());
        PlNodes.forEachStatement(root, statement -> {
            if (statement instanceof PlStatement.Loop loop && loop.query() instanceof Statement.Select select
                    && eventFunction(select) != null) {
                loop.body().forEach(inner -> PlNodes.forEachStatement(inner, perRow::add));
            }
        });
        return perRow;
    }

    /** The aggregate calls of the query's own select list, not those of subqueries in it. */
    public static List<Expr.FunctionCall> aggregatesInTargets(Statement.Select select) {
        List<Expr.FunctionCall> aggregates = new ArrayList<>();
        for (Expr target : select.targets()) {
            target.accept(node -> {
                if (node instanceof Expr.FunctionCall call && Aggregates.isAggregate(call)) {
                    aggregates.add(call);
                    return false;
                }
                return !(node instanceof Expr.Subquery);
            });
        }
        return aggregates;
    }
}
