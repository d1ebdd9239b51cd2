package dev.evtlint.rules.security;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.FunctionDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first name in a function's body that a temporary object can shadow when its search_path does
 * not list pg_temp: PostgreSQL then searches the session's temporary schema first, but only for
 * relations and types (never for functions and operators). So the names at risk are unqualified
 * relation names (also in {@code %ROWTYPE} and {@code table.column%TYPE}) and unqualified type
 * names, a temporary table bringing a composite type of its name ({@code record} too: a temporary
 * table named record turns {@code DECLARE r record} into its row type). Only the types the grammar
 * spells as keywords ({@code integer}, {@code boolean}, {@code varchar}...) are pg_catalog's
 * whatever the path. The statically known texts of EXECUTE count; the bodies of functions and DO
 * blocks the body creates do not.
 */
final class TemporaryShadowing {
    /** The type names gram.y turns into pg_catalog types itself (SimpleTypename's keyword forms), as written. */
    private static final Set<String> KEYWORD_TYPES = Set.of(
            "int", "integer", "smallint", "bigint", "real", "float", "double precision", "decimal", "dec",
            "numeric", "boolean", "bit", "bit varying", "character", "char", "nchar", "national character",
            "national char", "character varying", "char varying", "national character varying",
            "national char varying", "nchar varying", "varchar", "timestamp", "time", "timestamp with time zone",
            "timestamp without time zone", "time with time zone", "time without time zone", "interval", "json");

    private static final String RELATION = "relation";

    /** A name the body uses without a schema, and whether it names a relation or a type. */
    record Name(String name, String kind) {
        String describe() {
            return kind + " " + name;
        }

        boolean isRelation() {
            return kind.equals(RELATION);
        }
    }

    private TemporaryShadowing() {
    }

    /**
     * The first shadowable relation of {@code function}'s body in source order, else its first
     * shadowable type (a relation taken over redirects what the function reads and writes, the
     * bigger threat), or null when there is none.
     */
    static Name firstIn(FunctionDef function) {
        List<Name> names = allIn(function);
        return names.stream().filter(Name::isRelation).findFirst()
                .orElse(names.isEmpty() ? null : names.get(0));
    }

    /** Every relation and type name of {@code function}'s body that a temporary object can shadow, in source order. */
    static List<Name> allIn(FunctionDef function) {
        Set<String> commonTables = new HashSet<>();
        List<Name> names = new ArrayList<>();
        AstVisitor visitor = node -> {
            if (node instanceof Statement.CreateFunction || node instanceof Statement.Do) {
                return false;
            }
            if (node instanceof Part.CommonTableExpression cte) {
                commonTables.add(cte.name().name());
            }
            Name name = shadowable(node, commonTables);
            if (name != null) {
                names.add(name);
            }
            return true;
        };
        if (function.body() != null) {
            function.body().accept(visitor);
        }
        for (Statement statement : function.sqlStatements()) {
            statement.accept(visitor);
        }
        return names;
    }

    private static Name shadowable(Node node, Set<String> commonTables) {
        Part.QualifiedName relation = node instanceof Part.RelationRef ref ? ref.name()
                : node instanceof Statement.Insert insert ? insert.table()
                : node instanceof Statement.Update update ? update.table()
                : node instanceof Statement.Delete delete ? delete.table() : null;
        if (relation != null) {
            return relation.schema() == null && !commonTables.contains(relation.name()) ? new Name(relation.name(), RELATION) : null;
        }
        if (node instanceof Expr.Cast cast) {
            return type(cast.type().name());
        }
        if (node instanceof Part.PlDeclaration declaration && declaration.typeText() != null) {
            return type(spelled(declaration.typeText()));
        }
        return null;
    }

    /** The shadowable name in a type as written (lower case, without modifiers and array bounds), or null. */
    private static Name type(String written) {
        int percent = written.indexOf('%');
        if (percent >= 0) {
            String[] parts = written.substring(0, percent).split("\\.");
            boolean rowType = written.substring(percent).equals("%rowtype");
            // t%ROWTYPE and t.c%TYPE look t up as a relation; v%TYPE names a variable
            if (rowType && parts.length == 1 || !rowType && parts.length == 2) {
                return new Name(parts[0], RELATION);
            }
            return null;
        }
        if (written.contains(".") || KEYWORD_TYPES.contains(written)) {
            return null;
        }
        return new Name(written, "type");
    }

    /** A PL/pgSQL declaration's type as the SQL grammar would spell it: lower case, no modifiers or bounds. */
    private static String spelled(String typeText) {
        String text = typeText.strip();
        if (text.startsWith("\"")) {
            return text.replace("\"", "");
        }
        return text.toLowerCase(Locale.ROOT).replaceAll("\\[[^]]*]", "").replaceAll("\\([^)]*\\)", "")
                .replaceAll("\\s+", " ").strip();
    }
}
