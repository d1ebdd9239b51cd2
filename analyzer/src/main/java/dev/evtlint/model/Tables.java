package dev.evtlint.model;

import dev.evtlint.ast.Part;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The tables the scripts create and their keys and indexes, replayed in run order: CREATE TABLE
 * adds one, ALTER TABLE and CREATE INDEX add keys or indexes to it, DROP TABLE removes it.
 */
final class Tables {
    private static final Set<String> ADDING_KEYS = Set.of("ALTER TABLE", "CREATE INDEX");

    private final List<TableDef> tables = new ArrayList<>();

    Tables(List<ExecutedStatement> executed) {
        for (ExecutedStatement statement : executed) {
            apply(statement.statement());
        }
    }

    private void apply(Statement statement) {
        if (statement instanceof Statement.CreateTable create) {
            tables.removeIf(table -> sameName(table, create.name()));
            tables.add(new TableDef(create.name().schema(), create.name().name(), columnLists(create.keys())));
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
                tables.set(tables.indexOf(table), new TableDef(table.schema(), table.name(), all));
            }
        } else if (statement instanceof Statement.DropObject drop && drop.objectKind().equals("TABLE")) {
            drop.names().forEach(name -> tables.removeIf(table -> sameName(table, name)));
        }
    }

    /**
     * The table a name in a query refers to: one the scripts create with that name, in the schema
     * the name gives or in any when it gives none; null when none or several fit.
     */
    TableDef find(QualifiedName name) {
        List<TableDef> fitting = tables.stream()
                .filter(table -> table.name().equals(name.name())
                        && (name.schema() == null || table.schema() == null || name.schema().equals(table.schema())))
                .toList();
        return fitting.size() == 1 ? fitting.get(0) : null;
    }

    private static boolean sameName(TableDef table, QualifiedName name) {
        return table.name().equals(name.name()) && Objects.equals(table.schema(), name.schema());
    }

    private static List<List<String>> columnLists(List<Part.IndexKey> keys) {
        return keys.stream().map(key -> key.columns().stream().map(Part.Identifier::name).toList()).toList();
    }
}
