package dev.evtlint.model;

import dev.evtlint.ast.Expr;
import java.util.Map;
import java.util.Set;

/**
 * The types of call arguments where they are obvious (literals, casts, declared variables), and whether a value of
 * one type can be passed for a parameter of another without an explicit cast, as parse_coerce.c's
 * can_coerce_type decides for implicit coercion: the same type, a string literal (type unknown),
 * pg_cast's implicit casts ({@link BuiltinTypes}), arrays whose elements cast so, and polymorphic
 * parameters. A type evtlint does not know (a domain, an enum, a composite type) fits every parameter.
 */
final class ArgumentTypes {
    /** A string literal: PostgreSQL's type "unknown", which fits any parameter. */
    static final String UNKNOWN = "unknown";

    /** Polymorphic parameter types that take a value of any type. */
    private static final Set<String> ANY_TYPE = Set.of("any", "anyelement", "anycompatible");
    /** Polymorphic parameter types that take arrays only, and those that take anything but arrays. */
    private static final Set<String> ANY_ARRAY = Set.of("anyarray", "anycompatiblearray");
    private static final Set<String> ANY_NON_ARRAY = Set.of("anynonarray", "anycompatiblenonarray");

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
                case INTEGER -> integerType(literal.value());
                case NUMERIC -> "numeric";
                case BOOLEAN -> "bool";
                case STRING -> UNKNOWN;
                default -> null;
            };
        }
        return null;
    }

    /** An integer constant is int4 when it fits in 32 bits, else int8, else numeric (scan.l, make_const). */
    private static String integerType(String digits) {
        try {
            long value = Long.parseLong(digits);
            return value == (int) value ? "int4" : "int8";
        } catch (NumberFormatException e) {
            // beyond 64 bits, or written in another base (0x..., with underscores): numeric or, for
            // other notations, a type evtlint does not work out
            return digits.chars().allMatch(Character::isDigit) ? "numeric" : null;
        }
    }

    /** Whether a value of type {@code argument} can be passed for {@code parameter} (null: unknown, which fits). */
    static boolean fits(String argument, String parameter) {
        if (argument == null || parameter == null || argument.equals(UNKNOWN) || argument.equals(parameter)
                || ANY_TYPE.contains(parameter)) {
            return true;
        }
        if (ANY_ARRAY.contains(parameter) || ANY_NON_ARRAY.contains(parameter)) {
            return BuiltinTypes.isArray(argument) == ANY_ARRAY.contains(parameter);
        }
        if (!BuiltinTypes.isKnown(argument) || !BuiltinTypes.isKnown(parameter)) {
            return true;
        }
        if (BuiltinTypes.isArray(argument) && BuiltinTypes.isArray(parameter)) {
            return fits(BuiltinTypes.elementType(argument), BuiltinTypes.elementType(parameter));
        }
        return BuiltinTypes.castsImplicitly(argument, parameter);
    }
}
