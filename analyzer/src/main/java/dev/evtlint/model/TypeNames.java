package dev.evtlint.model;

import dev.evtlint.ast.Part.TypeRef;
import java.util.Map;

/**
 * Type names as pg_type spells them, so that {@code f(int)}, {@code f(integer)} and
 * {@code f(pg_catalog.int4)} name the same function (format_type.c and gram.y's aliases).
 */
final class TypeNames {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "int4"), Map.entry("integer", "int4"), Map.entry("smallint", "int2"),
            Map.entry("bigint", "int8"), Map.entry("real", "float4"), Map.entry("float", "float8"),
            Map.entry("double precision", "float8"), Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"),
            Map.entry("boolean", "bool"), Map.entry("character varying", "varchar"), Map.entry("char varying", "varchar"),
            Map.entry("character", "bpchar"), Map.entry("char", "bpchar"), Map.entry("national character", "bpchar"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("timestamp", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"), Map.entry("time without time zone", "time"),
            Map.entry("time with time zone", "timetz"), Map.entry("bit varying", "varbit"));

    private TypeNames() {
    }

    /** The pg_type name of {@code type}, with {@code []} per array dimension. */
    static String canonical(TypeRef type) {
        return canonical(type.name()) + "[]".repeat(type.arrayDimensions());
    }

    static String canonical(String name) {
        String bare = name.startsWith("pg_catalog.") ? name.substring("pg_catalog.".length()) : name;
        return ALIASES.getOrDefault(bare, bare);
    }
}
