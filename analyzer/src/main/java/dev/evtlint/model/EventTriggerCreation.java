package dev.evtlint.model;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.script.ScriptFile;
import java.util.List;

/**
 * A CREATE EVENT TRIGGER statement and the script it stands in: at top level, in a DO block, in a
 * function body or in EXECUTEd text evtlint could read. Unlike {@link EventTriggerDef}, one per
 * statement, whether or not the trigger survives the scripts: the rules that judge definitions look
 * at all of them ({@link ProjectModel#eventTriggerCreations()}), not at the model's survivors.
 */
public record EventTriggerCreation(ScriptFile file, Statement.CreateEventTrigger statement) {

    /** The source the statement's positions refer to, where findings on it are reported. */
    public SourceFile source() {
        return file.source();
    }

    public String name() {
        return statement.name().name();
    }

    /** The event as written (after identifier folding), known to PostgreSQL or not. */
    public String event() {
        return statement.event().name();
    }

    public boolean knownEvent() {
        return EventTriggerDef.EVENTS.contains(event());
    }

    /** The string literals of {@code WHEN tag IN (...)}, in order. */
    public List<Expr.Literal> tags() {
        return EventTriggerDef.tagsOf(statement);
    }

    /** "event trigger t" or, with a known event, "sql_drop trigger t". */
    public String describe() {
        return (knownEvent() ? event() : "event") + " trigger " + name();
    }
}
