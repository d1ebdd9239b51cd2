package dev.evtlint.model;

import dev.evtlint.ast.Part.TypeRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Type names as pg_type spells them, so that {@code f(int)}, {@code f(integer)} and
 * {@code f(pg_catalog.int4)} name the same function (format_type.c and gram.y's aliases).
 */
public final class TypeNames {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "int4"), Map.entry("integer", "int4"), Map.entry("smallint", "int2"),
            Map.entry("bigint", "int8"), Map.entry("real", "float4"), Map.entry("float", "float8"),
            Map.entry("double precision", "float8"), Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"),
            Map.entry("boolean", "bool"), Map.entry("character varying", "varchar"), Map.entry("char varying", "varchar"),
            Map.entry("character", "bpchar"), Map.entry("char", "bpchar"), Map.entry("national character", "bpchar"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("timestamp", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"), Map.entry("time without time zone", "time"),
            Map.entry("time with time zone", "timetz"), Map.entry("bit varying", "varbit"));

    /** The built-in types, from {@code builtin-types.txt} beside this class (its header says how it was made). */
    private static final Set<String> BUILTIN = load();

    private TypeNames() {
    }

    /**
     * Whether a type name written as text (as in {@code 'integer[]'::regtype}) names a built-in type,
     * with or without pg_catalog, type modifiers and array brackets; unquoted names only.
     */
    public static boolean isBuiltin(String written) {
        String name = written.strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\)", "")
                .replaceAll("(\\s*\\[\\s*\\d*\\s*])+$", "")
                .replaceAll("\\s+", " ")
                .strip();
        return BUILTIN.contains(canonical(name));
    }

    /** The pg_type name of {@code type}, with {@code []} per array dimension. */
    static String canonical(TypeRef type) {
        return canonical(type.name()) + "[]".repeat(type.arrayDimensions());
    }

    static String canonical(String name) {
        String bare = name.startsWith("pg_catalog.") ? name.substring("pg_catalog.".length()) : name;
        return ALIASES.getOrDefault(bare, bare);
    }

    private static Set<String> load() {
        try (InputStream in = TypeNames.class.getResourceAsStream("builtin-types.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(String::strip)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read builtin-types.txt", e);
        }
    }
}
