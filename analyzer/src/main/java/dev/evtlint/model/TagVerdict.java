package dev.evtlint.model;

import dev.evtlint.ast.Expr;
import dev.evtlint.model.CommandTagFacts.CommandTag;
import dev.evtlint.model.CommandTagFacts.TagJudgement;
import java.util.ArrayList;
import java.util.List;

/**
 * What CREATE EVENT TRIGGER makes of one {@code WHEN tag IN} value for the target version: the
 * model's {@link CommandTagFacts#judge} on every version, and NEEDS_NEWER for a tag accepted only
 * from a later one. Each value gets exactly one verdict, so at most one of EVT104, EVT201 to EVT204
 * and EVT206 reports it. {@code tag} is the tag the value names, null when it names none.
 */
public record TagVerdict(EventTriggerCreation trigger, Expr.Literal literal, Kind kind, CommandTag tag) {

    public enum Kind {
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

    /** The verdicts on a trigger's tag values; none for a login trigger, whose WHEN clause is wrong as a whole. */
    public static List<TagVerdict> of(EventTriggerCreation trigger, int pgVersion) {
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
    public boolean namesItsTag() {
        return tag != null && CommandTagFacts.asciiUpper(literal.value()).equals(tag.name());
    }

    private static TagVerdict judge(EventTriggerCreation trigger, Expr.Literal literal, int pgVersion) {
        TagJudgement judgement = CommandTagFacts.judge(trigger.event(), literal.value());
        Kind kind = switch (judgement.acceptance()) {
            case UNKNOWN -> Kind.UNKNOWN;
            case SHARED -> Kind.SHARED;
            case EVENT_TRIGGER_COMMAND -> Kind.EVENT_TRIGGER_COMMAND;
            case NOT_FOR_EVENT -> Kind.NOT_FOR_EVENT;
            case ACCEPTED -> judgement.tag().since() > pgVersion ? Kind.NEEDS_NEWER : Kind.ACCEPTED;
        };
        return new TagVerdict(trigger, literal, kind, judgement.tag());
    }
}
