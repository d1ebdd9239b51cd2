package dev.evtlint.model;

import dev.evtlint.ast.Expr;
import java.util.Map;
import java.util.Set;

/**
 * The types of call arguments where they are obvious (literals, casts, declared variables), and whether a value of
 * one type can be passed for a parameter of another without an explicit cast (pg_cast's implicit
 * casts among the common types). Anything else is unknown and fits every parameter.
 */
final class ArgumentTypes {
    /** A string literal: PostgreSQL's type "unknown", which fits any parameter. */
    static final String UNKNOWN = "unknown";

    private static final Map<String, Set<String>> IMPLICIT = Map.of(
            "int2", Set.of("int4", "int8", "numeric", "float4", "float8"),
            "int4", Set.of("int8", "numeric", "float4", "float8"),
            "int8", Set.of("numeric", "float4", "float8"),
            "numeric", Set.of("float4", "float8"),
            "float4", Set.of("float8"),
            "varchar", Set.of("text", "bpchar"),
            "bpchar", Set.of("text", "varchar"),
            "name", Set.of("text"),
            "text", Set.of("varchar", "bpchar"));
    /** Types whose implicit casts {@link #IMPLICIT} lists completely; a mismatch among them rules a candidate out. */
    private static final Set<String> WELL_KNOWN = Set.of("int2", "int4", "int8", "numeric", "float4", "float8",
            "varchar", "bpchar", "name", "text", "bool", "date", "timestamp", "timestamptz", "jsonb", "json", "uuid");

    private ArgumentTypes() {
    }

    /**
     * The type of {@code argument} when it is obvious (a literal, a cast, a variable of
     * {@code variables}), {@link #UNKNOWN} for a string literal, else null.
     */
    static String of(Expr argument, Map<String, String> variables) {
        if (argument instanceof Expr.ColumnRef column && column.names().size() == 1) {
            return variables.get(column.lastName());
        }
        if (argument instanceof Expr.Cast cast) {
            return TypeNames.canonical(cast.type());
        }
        if (argument instanceof Expr.Literal literal) {
            return switch (literal.kind()) {
                case INTEGER -> "int4";
                case NUMERIC -> "numeric";
                case BOOLEAN -> "bool";
                case STRING -> UNKNOWN;
                default -> null;
            };
        }
        return null;
    }

    /** Whether a value of type {@code argument} can be passed for {@code parameter} (null: unknown, which fits). */
    static boolean fits(String argument, String parameter) {
        if (argument == null || parameter == null || argument.equals(UNKNOWN) || argument.equals(parameter)) {
            return true;
        }
        if (!WELL_KNOWN.contains(argument) || !WELL_KNOWN.contains(parameter)) {
            return true;
        }
        return IMPLICIT.getOrDefault(argument, Set.of()).contains(parameter);
    }
}
