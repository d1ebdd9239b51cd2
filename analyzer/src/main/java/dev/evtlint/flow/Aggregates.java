package dev.evtlint.flow;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import java.util.Set;

/** PostgreSQL's built-in aggregate functions, as far as the rules need to tell them apart. */
public final class Aggregates {
    /** Aggregates whose result collects every input row: it grows with the number of rows. */
    private static final Set<String> COLLECTING = Set.of("string_agg", "array_agg", "json_agg", "jsonb_agg",
            "json_object_agg", "jsonb_object_agg", "json_agg_strict", "jsonb_agg_strict", "json_objectagg",
            "json_arrayagg", "xmlagg");
    private static final Set<String> SCALAR = Set.of("count", "sum", "min", "max", "avg", "bool_and", "bool_or",
            "every", "bit_and", "bit_or", "bit_xor", "any_value");

    private Aggregates() {
    }

    public static boolean isAggregate(Expr.FunctionCall call) {
        String name = call.name().name();
        return (call.name().schema() == null || call.name().schema().equals("pg_catalog"))
                && (SCALAR.contains(name) || COLLECTING.contains(name));
    }

    /** Whether the call aggregates its input rows into one value that grows with them (json_agg, string_agg...). */
    public static boolean collectsRows(Expr.FunctionCall call) {
        return isAggregate(call) && COLLECTING.contains(call.name().name());
    }

    /** Whether an expression calls an aggregate anywhere in it ({@code coalesce(max(x), 0)}). */
    public static boolean callsAggregate(Expr expr) {
        return AstVisitor.collect(expr, Expr.FunctionCall.class).stream().anyMatch(Aggregates::isAggregate);
    }
}
