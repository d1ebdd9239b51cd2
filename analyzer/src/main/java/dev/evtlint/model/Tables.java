package dev.evtlint.model;

import dev.evtlint.ast.Part;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables the scripts create and their keys and indexes, replayed in run order: CREATE TABLE
 * adds one, ALTER TABLE and CREATE INDEX add keys or indexes to it, DROP TABLE removes it.
 */
final class Tables {
    private static final Set<String> ADDING_KEYS = Set.of("ALTER TABLE", "CREATE INDEX");

    /**
     * By name, then by schema as written (null without one): a script with thousands of tables
     * finds each without scanning the others (a list made the model quadratic in the tables).
     */
    private final Map<String, Map<String, TableDef>> byName = new HashMap<>();

    Tables(List<ExecutedStatement> executed) {
        for (ExecutedStatement statement : executed) {
            apply(statement.statement());
        }
    }

    private void apply(Statement statement) {
        if (statement instanceof Statement.CreateTable create) {
            put(new TableDef(create.name().schema(), create.name().name(), columnLists(create.keys())));
        } else if (statement instanceof Statement.Other other && ADDING_KEYS.contains(other.commandTag())) {
            List<Part.IndexKey> keys = other.parts().stream()
                    .filter(Part.IndexKey.class::isInstance).map(Part.IndexKey.class::cast).toList();
            // the table is the first name the statement mentions: ALTER TABLE t ..., CREATE INDEX i ON t ...
            QualifiedName target = other.parts().stream()
                    .filter(QualifiedName.class::isInstance).map(QualifiedName.class::cast).findFirst().orElse(null);
            TableDef table = target == null || keys.isEmpty() ? null : find(target);
            if (table != null) {
                List<List<String>> all = new ArrayList<>(table.indexes());
                all.addAll(columnLists(keys));
                put(new TableDef(table.schema(), table.name(), all));
            }
        } else if (statement instanceof Statement.DropObject drop && drop.objectKind().equals("TABLE")) {
            for (QualifiedName name : drop.names()) {
                Map<String, TableDef> bySchema = byName.get(name.name());
                if (bySchema != null) {
                    bySchema.remove(name.schema());
                }
            }
        }
    }

    /** Adds the table, in place of one of the same schema and name. */
    private void put(TableDef table) {
        byName.computeIfAbsent(table.name(), unused -> new HashMap<>()).put(table.schema(), table);
    }

    /**
     * The table a name in a query refers to: one the scripts create with that name, in the schema
     * the name gives or in any when it gives none; null when none or several fit.
     */
    TableDef find(QualifiedName name) {
        Map<String, TableDef> bySchema = byName.getOrDefault(name.name(), Map.of());
        List<TableDef> fitting = bySchema.values().stream()
                .filter(table -> name.schema() == null || table.schema() == null || name.schema().equals(table.schema()))
                .limit(2)
                .toList();
        return fitting.size() == 1 ? fitting.get(0) : null;
    }

    private static List<List<String>> columnLists(List<Part.IndexKey> keys) {
        return keys.stream().map(key -> key.columns().stream().map(Part.Identifier::name).toList()).toList();
    }
}
