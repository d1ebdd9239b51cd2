package dev.evtlint.model;

import dev.evtlint.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A value of {@code search_path}, as PostgreSQL searches it for functions (namespace.c):
 * {@code pg_catalog} first unless the path lists it elsewhere, {@code pg_temp} never, and
 * {@code "$user"} for a schema named after the role, which evtlint cannot know. Functions created
 * without a schema while no script had set the path live in the default schema (null): the
 * session's, public unless the migration tool configures another.
 */
public record SearchPath(List<String> schemas) {
    /** PostgreSQL's default, also what each script starts with (a tool opens or resets the session per migration). */
    public static final SearchPath DEFAULT = new SearchPath(List.of("$user", "public"));
    /**
     * What {@code @extschema@} in an extension script reads as once substituted: the schema the
     * extension is installed in, unknown, so taken as the default schema.
     */
    static final String EXTENSION_SCHEMA = "_extschema_";
    private static final String USER = "$user";
    private static final String CATALOG = "pg_catalog";
    private static final String TEMP = "pg_temp";

    public SearchPath {
        schemas = List.copyOf(schemas);
    }

    /** The path of {@code SET search_path TO a, "B", 'c'}: each value is one schema; null when a value is no name. */
    static SearchPath ofValues(List<Expr> values) {
        List<String> schemas = new ArrayList<>();
        for (Expr value : values) {
            if (value instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING) {
                schemas.add(literal.value());
            } else if (value instanceof Expr.ColumnRef column && column.names().size() == 1) {
                schemas.add(column.lastName());
            } else {
                return null;
            }
        }
        return new SearchPath(schemas);
    }

    /** The path of {@code set_config('search_path', 'a, "B"', ...)}: a comma-separated list of names. */
    static SearchPath ofText(String text) {
        List<String> schemas = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (c == ',' && !quoted) {
                addName(schemas, current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        addName(schemas, current.toString());
        return new SearchPath(schemas);
    }

    private static void addName(List<String> schemas, String written) {
        String name = written.strip();
        if (!name.isEmpty()) {
            schemas.add(name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2
                    ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The schema CREATE FUNCTION without a schema creates in: the first one listed, {@code "$user"}
     * skipped (no such schema is assumed); null for the default path, or a path that lists none.
     */
    public String creationSchema() {
        if (equals(DEFAULT)) {
            return null;
        }
        return schemas.stream().filter(s -> !s.equals(USER)).findFirst().orElse(null);
    }

    /**
     * Where {@code schema} comes in the search for functions (lower first), or -1 when it is not
     * searched. The default schema (null) comes where {@code "$user"} or {@code public} stand, or
     * last: evtlint does not know it and keeps such functions findable.
     */
    int rank(String schema) {
        List<String> searched = searched();
        if (schema == null) {
            for (int i = 0; i < searched.size(); i++) {
                if (searched.get(i).equals(USER) || searched.get(i).equals("public")) {
                    return i;
                }
            }
            return searched.size();
        }
        return searched.indexOf(schema);
    }

    /** Whether an unqualified name finds objects of {@code schema} (null: the default schema). */
    public boolean searches(String schema) {
        return rank(schema) >= 0;
    }

    private List<String> searched() {
        List<String> searched = new ArrayList<>();
        if (!schemas.contains(CATALOG)) {
            searched.add(CATALOG);
        }
        schemas.stream().filter(s -> !isTemporary(s)).forEach(searched::add);
        return searched;
    }

    /** The session's temporary schema, which an unqualified function call never searches. */
    static boolean isTemporary(String schema) {
        return schema.equals(TEMP) || schema.startsWith("pg_temp_");
    }

    @Override
    public String toString() {
        return String.join(", ", schemas);
    }
}
