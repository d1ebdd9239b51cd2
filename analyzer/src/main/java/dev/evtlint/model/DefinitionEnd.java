package dev.evtlint.model;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;

/**
 * Where an earlier definition of a function stopped running under event triggers: {@code statement}
 * in {@code file} replaced it (a CREATE FUNCTION) or dropped it (a DROP).
 */
public record DefinitionEnd(SourceFile file, Statement statement) {

    /** Whether the statement dropped the function rather than giving it a new definition. */
    public boolean dropped() {
        return !(statement instanceof Statement.CreateFunction);
    }
}
