package dev.evtlint.model;

import dev.evtlint.ast.Statement;

/**
 * A CREATE EVENT TRIGGER statement and the script it stands in: at top level, in a DO block, in a
 * function body or in EXECUTEd text evtlint could read. Unlike {@link EventTriggerDef}, one per
 * statement, whether or not the trigger survives the scripts.
 */
public record EventTriggerCreation(ScriptFile file, Statement.CreateEventTrigger statement) {
}
