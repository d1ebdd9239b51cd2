package dev.evtlint.rules;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.ProjectModel;
import java.util.List;

/**
 * Every CREATE EVENT TRIGGER the scripts contain ({@link ProjectModel#eventTriggerCreations()}):
 * the definition rules look at all of them, not at the model's survivors.
 */
public final class EventTriggerStatements {

    /** One CREATE EVENT TRIGGER and the file it stands in. */
    public record Definition(SourceFile file, Statement.CreateEventTrigger statement) {

        public String name() {
            return statement.name().name();
        }

        public String event() {
            return statement.event().name();
        }

        public boolean knownEvent() {
            return EventTriggerDef.EVENTS.contains(event());
        }

        public List<Expr.Literal> tags() {
            return EventTriggerDef.tagsOf(statement);
        }

        /** "event trigger t" or, with a known event, "sql_drop trigger t". */
        public String describe() {
            return (knownEvent() ? event() : "event") + " trigger " + name();
        }
    }

    private EventTriggerStatements() {
    }

    public static List<Definition> of(ProjectModel model) {
        return model.eventTriggerCreations().stream()
                .map(creation -> new Definition(creation.file().source(), creation.statement()))
                .toList();
    }
}
