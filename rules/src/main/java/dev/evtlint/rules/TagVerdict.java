package dev.evtlint.rules;

import dev.evtlint.ast.Expr;
import dev.evtlint.model.CommandTagFacts;
import dev.evtlint.model.CommandTagFacts.CommandTag;
import dev.evtlint.model.CommandTagFacts.ObjectClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What CREATE EVENT TRIGGER makes of one {@code WHEN tag IN} value. Each value gets exactly one
 * verdict, so at most one of EVT104, EVT201 to EVT204 and EVT206 reports it: an unknown string is
 * EVT203's also on table_rewrite (where PostgreSQL says "not supported" instead of "not
 * recognized"), a shared-object or event-trigger command is EVT201's or EVT202's on every event.
 * {@code tag} is the tag the value names (for CREATE USER and the like: the role command's tag), null
 * when it names none.
 */
record TagVerdict(EventTriggerStatements.Definition trigger, Expr.Literal literal, Kind kind, CommandTag tag) {

    enum Kind {
        /** Names no tag (EVT203). */
        UNKNOWN,
        /** A command on databases, roles, tablespaces or the cluster (EVT201). */
        SHARED,
        /** A command on event triggers (EVT202). */
        EVENT_TRIGGER_COMMAND,
        /** A tag the trigger's event rejects (EVT204). */
        NOT_FOR_EVENT,
        /** A tag the target version does not accept yet (EVT104). */
        NEEDS_NEWER,
        /** Accepted (EVT206 may still find it useless). */
        ACCEPTED
    }

    /** Role commands spelled with USER or GROUP: PostgreSQL reports them with the ROLE tags. */
    private static final Map<String, String> ROLE_ALIASES = Map.of(
            "CREATE USER", "CREATE ROLE", "ALTER USER", "ALTER ROLE", "DROP USER", "DROP ROLE",
            "CREATE GROUP", "CREATE ROLE", "ALTER GROUP", "ALTER ROLE", "DROP GROUP", "DROP ROLE");

    /** The verdicts on a trigger's tag values; none for a login trigger, whose WHEN clause is wrong as a whole. */
    static List<TagVerdict> of(EventTriggerStatements.Definition trigger, int pgVersion) {
        List<TagVerdict> verdicts = new ArrayList<>();
        if (trigger.event().equals("login")) {
            return verdicts;
        }
        for (Expr.Literal literal : trigger.tags()) {
            verdicts.add(judge(trigger, literal, pgVersion));
        }
        return verdicts;
    }

    /** True when the value is written as the tag is ("create table" for CREATE TABLE), not through an alias. */
    boolean namesItsTag() {
        return tag != null && CommandTagFacts.asciiUpper(literal.value()).equals(tag.name());
    }

    private static TagVerdict judge(EventTriggerStatements.Definition trigger, Expr.Literal literal, int pgVersion) {
        String alias = ROLE_ALIASES.get(CommandTagFacts.asciiUpper(literal.value()));
        if (alias != null) {
            return new TagVerdict(trigger, literal, Kind.SHARED, CommandTagFacts.lookUp(alias).orElseThrow());
        }
        CommandTag tag = CommandTagFacts.lookUp(literal.value()).orElse(null);
        Kind kind;
        if (tag == null) {
            kind = Kind.UNKNOWN;
        } else if (tag.objectClass() == ObjectClass.SHARED) {
            kind = Kind.SHARED;
        } else if (tag.objectClass() == ObjectClass.EVENT_TRIGGER) {
            kind = Kind.EVENT_TRIGGER_COMMAND;
        } else if (trigger.event().equals("table_rewrite") ? !tag.tableRewriteOk() : !tag.eventTriggerOk()) {
            kind = Kind.NOT_FOR_EVENT;
        } else if (tag.since() > pgVersion) {
            kind = Kind.NEEDS_NEWER;
        } else {
            kind = Kind.ACCEPTED;
        }
        return new TagVerdict(trigger, literal, kind, tag);
    }
}
