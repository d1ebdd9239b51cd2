package dev.evtlint.model;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part.EventFilter;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.CommandTagFacts.CommandTag;
import dev.evtlint.model.CommandTagFacts.ObjectClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An event trigger as the scripts leave it: its definition, its current name and enable state, and
 * the function it executes when that function is defined in the project (else null). A
 * {@code possible} one is created by a function the scripts never call: it exists once someone
 * calls that function by hand, so nothing is known about when it exists, only what it runs.
 */
public record EventTriggerDef(SourceFile file, Statement.CreateEventTrigger definition, String name,
                              EnableState state, FunctionDef function, boolean possible) {

    /** The events PostgreSQL knows, spelled as CREATE EVENT TRIGGER compares them (case-sensitive). */
    public static final List<String> EVENTS =
            List.of("ddl_command_start", "ddl_command_end", "sql_drop", "table_rewrite", "login");

    /** The version that added the login event, the event_triggers setting and event triggers for REINDEX. */
    public static final int LOGIN_EVENT_SINCE = 17;

    /** pg_event_trigger.evtenabled: O (ENABLE, the default), R (REPLICA), A (ALWAYS), D (DISABLE). */
    public enum EnableState { ORIGIN, REPLICA, ALWAYS, DISABLED }

    /** The event name as PostgreSQL compares it (case-sensitive after identifier folding). */
    public String event() {
        return definition.event().name();
    }

    /** Whether it fires in a normal session, or in one with session_replication_role = replica. */
    public boolean firesIn(boolean replicaSession) {
        return switch (state) {
            case ORIGIN -> !replicaSession;
            case REPLICA -> replicaSession;
            case ALWAYS -> true;
            case DISABLED -> false;
        };
    }

    public boolean isLogin() {
        return event().equals("login");
    }

    /** The string literals of {@code WHEN tag IN (...)}, in order; empty when there is no tag filter. */
    public List<Expr.Literal> tags() {
        return tagsOf(definition);
    }

    /** The string literals of {@code WHEN tag IN (...)} of a CREATE EVENT TRIGGER, in order, over all its tag filters. */
    public static List<Expr.Literal> tagsOf(Statement.CreateEventTrigger definition) {
        List<Expr.Literal> tags = new ArrayList<>();
        for (EventFilter filter : definition.filters()) {
            if (filter.variable().name().equals("tag")) {
                tags.addAll(filter.values());
            }
        }
        return tags;
    }

    /**
     * Whether PostgreSQL refuses {@code definition} for what it says, on every server version: a
     * WHEN clause on a login trigger, or a tag value it does not take for the event
     * ({@link CommandTagFacts#judge}). Such a CREATE creates nothing.
     */
    public static boolean refusedByItsDefinition(Statement.CreateEventTrigger definition) {
        String event = definition.event().name();
        if (event.equals("login")) {
            return !definition.filters().isEmpty();
        }
        return tagsOf(definition).stream().anyMatch(tag ->
                CommandTagFacts.judge(event, tag.value()).acceptance() != CommandTagFacts.Acceptance.ACCEPTED);
    }

    /**
     * The tags it can fire for, as TG_TAG spells them: LOGIN on login, else its WHEN list or every
     * tag, less those its event never sees and those {@code pgVersion} does not fire triggers for.
     */
    public Set<String> possibleTags(int pgVersion) {
        if (isLogin()) {
            return Set.of("LOGIN");
        }
        List<CommandTag> candidates = tags().isEmpty()
                ? CommandTagFacts.all()
                : tags().stream().flatMap(value -> CommandTagFacts.lookUp(value.value()).stream()).toList();
        boolean rewrite = event().equals("table_rewrite");
        return candidates.stream()
                .filter(tag -> rewrite ? tag.tableRewriteOk() : tag.eventTriggerOk() && tag.objectClass() == ObjectClass.OTHER)
                .filter(tag -> tag.since() <= pgVersion && tag.mayFire(event()))
                .map(CommandTag::name)
                .collect(Collectors.toSet());
    }

    EventTriggerDef withState(EnableState newState) {
        return new EventTriggerDef(file, definition, name, newState, function, possible);
    }

    EventTriggerDef renamed(String newName) {
        return new EventTriggerDef(file, definition, newName, state, function, possible);
    }

    EventTriggerDef withFunction(FunctionDef resolved) {
        return new EventTriggerDef(file, definition, name, state, resolved, possible);
    }
}
