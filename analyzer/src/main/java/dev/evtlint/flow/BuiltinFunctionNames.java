package dev.evtlint.flow;

import dev.evtlint.ast.Part.QualifiedName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names of PostgreSQL's built-in functions, read from {@code builtin-function-names.tsv} beside
 * this class (generated from pg_proc.dat; its header says how), so that a call of a function no
 * script defines can be told from a call of a built-in.
 */
public final class BuiltinFunctionNames {
    private static final Set<String> NAMES = load();

    private BuiltinFunctionNames() {
    }

    /** Whether {@code name}, unqualified or in pg_catalog, is the name of a built-in function. */
    public static boolean isBuiltin(QualifiedName name) {
        String schema = name.schema();
        return (schema == null || schema.equals("pg_catalog")) && isBuiltin(name.name());
    }

    /** Whether {@code name}, a function name without schema, is the name of a built-in function. */
    public static boolean isBuiltin(String name) {
        return NAMES.contains(name);
    }

    private static Set<String> load() {
        try (InputStream in = BuiltinFunctionNames.class.getResourceAsStream("builtin-function-names.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("name\t") && !line.isBlank())
                    .map(line -> line.substring(0, line.indexOf('\t')))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read builtin-function-names.tsv", e);
        }
    }
}
