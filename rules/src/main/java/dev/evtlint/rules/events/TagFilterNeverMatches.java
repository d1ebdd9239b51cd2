package dev.evtlint.rules.events;

import dev.evtlint.ast.Expr;
import dev.evtlint.model.CommandTagFacts.CommandTag;
import dev.evtlint.model.EventTriggerCreation;
import dev.evtlint.model.TagVerdict;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * A WHEN tag value that CREATE EVENT TRIGGER accepts but that can never make the trigger fire: a tag
 * the server never reports, LOGIN on a DDL event, a tag already in the list, or a command that never
 * fires this event (the firing matrix with its verified corrections).
 */
@RuleMeta(id = "EVT206", name = "tag-filter-never-matches", summary = "Tag filter value that can never fire the trigger",
        severity = Severity.WARNING, category = Category.EVENTS, since = "0.1.0", tags = {"correctness"})
public final class TagFilterNeverMatches implements Rule {
    /** What to filter on instead of a tag the server never reports. */
    private static final Map<String, String> INSTEAD = Map.of(
            "CREATE CONSTRAINT", "constraints are added by CREATE TABLE, ALTER TABLE and ALTER DOMAIN: filter on those",
            "ALTER CONSTRAINT", "constraints are altered by ALTER TABLE and ALTER DOMAIN: filter on those",
            "DROP CONSTRAINT", "constraints are dropped by ALTER TABLE and ALTER DOMAIN: filter on those",
            "CREATE ROUTINE", "CREATE FUNCTION and CREATE PROCEDURE report their own tags: filter on those");

    @Override
    public void check(RuleContext context) {
        for (EventTriggerCreation trigger : context.model().eventTriggerCreations()) {
            if (!trigger.knownEvent()) {
                continue;
            }
            Map<String, Expr.Literal> seen = new HashMap<>();
            for (TagVerdict verdict : TagVerdict.of(trigger, context.pgVersion())) {
                if (verdict.kind() == TagVerdict.Kind.ACCEPTED) {
                    Expr.Literal first = seen.putIfAbsent(verdict.tag().name(), verdict.literal());
                    check(context, trigger, verdict, first);
                }
            }
        }
    }

    private static void check(RuleContext context, EventTriggerCreation trigger, TagVerdict verdict,
                              Expr.Literal first) {
        String value = verdict.literal().value();
        CommandTag tag = verdict.tag();
        String event = trigger.event();
        if (first != null) {
            context.report(trigger.source(), verdict.literal())
                    .message("tag '" + value + "' is listed twice in " + trigger.describe() + " (tags compare without "
                            + "regard to case); PostgreSQL accepts and stores both")
                    .help("remove the repeated tag")
                    .related(trigger.source(), first, "first '" + first.value() + "'");
        } else if (!tag.produced()) {
            context.report(trigger.source(), verdict.literal())
                    .message("tag '" + value + "' in " + trigger.describe() + " is accepted, but no command reports "
                            + tag.name() + ", so it never matches")
                    .help(INSTEAD.getOrDefault(tag.name(), "remove the tag: PostgreSQL has no " + tag.name() + " statement"));
        } else if (tag.name().equals("LOGIN")) {
            context.report(trigger.source(), verdict.literal())
                    .message("tag '" + value + "' in " + trigger.describe() + " never matches: only the login event "
                            + "reports LOGIN, and login triggers take no tag filter")
                    .help("remove the tag; to run code at connection time, create a separate trigger ON login");
        } else if (!tag.mayFire(event)) {
            context.report(trigger.source(), verdict.literal())
                    .message("tag '" + value + "' in " + trigger.describe() + " never matches: " + tag.name()
                            + " never fires " + event)
                    .help(event.equals("sql_drop")
                            ? "only commands that drop objects fire sql_drop; watch " + tag.name()
                                    + " from a ddl_command_start or ddl_command_end trigger"
                            : "remove the tag");
        }
    }
}
