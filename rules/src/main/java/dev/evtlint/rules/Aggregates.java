package dev.evtlint.rules;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import java.util.Set;

/** The aggregate functions evtlint knows: without GROUP BY they make one row of all the rows they read. */
final class Aggregates {
    private static final Set<String> NAMES = Set.of("count", "sum", "min", "max", "avg", "string_agg", "array_agg",
            "bool_and", "bool_or", "every", "json_agg", "jsonb_agg", "json_object_agg", "jsonb_object_agg");

    private Aggregates() {
    }

    /** Whether a select-list entry is a call of an aggregate. */
    static boolean isAggregate(Expr target) {
        return target instanceof Expr.FunctionCall call && NAMES.contains(call.name().name());
    }

    /** Whether an expression calls an aggregate anywhere in it ({@code coalesce(max(x), 0)}). */
    static boolean callsAggregate(Expr expr) {
        return AstVisitor.collect(expr, Expr.FunctionCall.class).stream().anyMatch(Aggregates::isAggregate);
    }
}
