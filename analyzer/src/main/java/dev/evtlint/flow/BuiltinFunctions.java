package dev.evtlint.flow;

import dev.evtlint.ast.Expr;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What PostgreSQL's built-in functions do that the rules care about, read from
 * {@code builtin-functions.tsv} beside this class: one table of facts instead of names scattered
 * through the rules.
 */
public final class BuiltinFunctions {
    /** The effects a built-in function can have. */
    public enum Effect { STANDBY_WRITE, RECOVERY_CHECK, BLOCKS, NETWORK, EVENT_FUNCTION }

    /**
     * A built-in function: its effects; for event functions the only event it works in and the
     * columns of its result; for standby writes, PostgreSQL's error on a standby.
     */
    public record Builtin(String name, Set<Effect> effects, String event, List<String> columns, String standbyError) {
    }

    private static final BuiltinFunctions INSTANCE = load();

    private final Map<String, Builtin> byName;

    private BuiltinFunctions(Map<String, Builtin> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static BuiltinFunctions get() {
        return INSTANCE;
    }

    /** The built-in a call names (unqualified or in pg_catalog), or null. */
    public Builtin of(Expr.FunctionCall call) {
        String schema = call.name().schema();
        if (schema != null && !schema.equals("pg_catalog")) {
            return null;
        }
        return byName.get(call.name().name());
    }

    public boolean has(Expr.FunctionCall call, Effect effect) {
        Builtin builtin = of(call);
        return builtin != null && builtin.effects().contains(effect);
    }

    private static BuiltinFunctions load() {
        Map<String, Builtin> byName = new HashMap<>();
        try (InputStream in = BuiltinFunctions.class.getResourceAsStream("builtin-functions.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("name\t") && !line.isBlank())
                    .forEach(line -> {
                        String[] fields = line.split("\t", -1);
                        Set<Effect> effects = Arrays.stream(fields[1].split(","))
                                .map(e -> Effect.valueOf(e.trim().toUpperCase(Locale.ROOT).replace('-', '_')))
                                .collect(Collectors.toUnmodifiableSet());
                        List<String> columns = fields[3].isEmpty() ? List.of() : List.of(fields[3].split(","));
                        byName.put(fields[0], new Builtin(fields[0], effects, fields[2], columns, fields[4]));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read builtin-functions.tsv", e);
        }
        return new BuiltinFunctions(byName);
    }
}
