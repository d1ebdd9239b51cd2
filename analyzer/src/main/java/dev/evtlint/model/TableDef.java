package dev.evtlint.model;

import java.util.List;
import java.util.Set;

/**
 * A table the scripts create, as it stands after them: its schema as written (null without one),
 * its name, and the column lists of its keys and indexes from CREATE TABLE, ALTER TABLE and
 * CREATE INDEX (empty for an index evtlint does not read: partial, or on an expression).
 */
public record TableDef(String schema, String name, List<List<String>> indexes) {

    public TableDef {
        indexes = List.copyOf(indexes);
    }

    /**
     * Whether equality on {@code columns} may find rows through a key or index instead of reading
     * the table: {@code columns} hold the leading column of one of them, or the table has an index
     * evtlint does not read (partial, or on an expression), which it may use.
     */
    public boolean isLookedUpBy(Set<String> columns) {
        return indexes.stream().anyMatch(index -> index.isEmpty() || columns.contains(index.get(0)));
    }
}
