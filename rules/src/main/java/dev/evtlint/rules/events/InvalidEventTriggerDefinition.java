package dev.evtlint.rules.events;

import dev.evtlint.ast.Part.EventFilter;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.model.EventTriggerCreation;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Nearest;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.Locale;

/**
 * A CREATE EVENT TRIGGER that parses but that PostgreSQL refuses before looking at any tag: an
 * unknown event name (unless an extension not shipped with PostgreSQL was created before, which
 * may provide it), a filter variable other than {@code tag}, or {@code tag} filtered twice. The
 * forms the grammar refuses (a schema-qualified name, arguments, OR REPLACE) are EVT000's.
 */
@RuleMeta(id = "EVT205", name = "invalid-event-trigger-definition",
        summary = "Event trigger with an unknown event or an invalid filter", severity = Severity.ERROR,
        category = Category.EVENTS, since = "0.1.0", tags = {"correctness"}, precision = "very-high")
public final class InvalidEventTriggerDefinition implements Rule {

    @Override
    public void check(RuleContext context) {
        ExtensionEvents extensions = ExtensionEvents.of(context.model());
        for (EventTriggerCreation trigger : context.model().eventTriggerCreations()) {
            // An event some extension may provide is not a certain failure: precision first, silence.
            if (!trigger.knownEvent() && extensions.providerFor(trigger.source(), trigger.statement()) == null) {
                reportEvent(context, trigger);
            }
            boolean tagSeen = false;
            for (EventFilter filter : trigger.statement().filters()) {
                Identifier variable = filter.variable();
                if (!variable.name().equals("tag")) {
                    reportVariable(context, trigger, variable);
                } else if (tagSeen) {
                    context.report(trigger.source(), variable)
                            .message("event trigger " + trigger.name() + " filters on tag twice: CREATE EVENT TRIGGER "
                                    + "fails with \"filter variable \"tag\" specified more than once\"")
                            .help("list every tag in one filter: WHEN tag IN ('CREATE TABLE', 'ALTER TABLE')");
                }
                tagSeen |= variable.name().equals("tag");
            }
        }
    }

    private static void reportEvent(RuleContext context, EventTriggerCreation trigger) {
        Identifier event = trigger.statement().event();
        String folded = Identifier.fold(event.name());
        String help;
        if (event.quoted() && EventTriggerDef.EVENTS.contains(folded)) {
            help = "write ON " + folded + " without quotes: quoted names keep their case, and event names are lower case";
        } else {
            String nearest = Nearest.of(folded, EventTriggerDef.EVENTS);
            help = (nearest != null ? "did you mean " + nearest + "? " : "") + "the events are "
                    + String.join(", ", EventTriggerDef.EVENTS);
        }
        context.report(trigger.source(), event)
                .message("event trigger " + trigger.name() + " is ON " + (event.quoted() ? "\"" + event.name() + "\"" : event.name())
                        + ", which is no event: CREATE EVENT TRIGGER fails with \"unrecognized event name \""
                        + event.name() + "\"\"")
                .help(help);
    }

    private static void reportVariable(RuleContext context, EventTriggerCreation trigger, Identifier variable) {
        String help = variable.name().toLowerCase(Locale.ROOT).equals("tag")
                ? "write tag without quotes: quoted names keep their case, and the variable is lower case tag"
                : "the only filter variable is tag: WHEN tag IN ('CREATE TABLE', ...)";
        context.report(trigger.source(), variable)
                .message("event trigger " + trigger.name() + " filters on " + variable.name() + ", which is no filter "
                        + "variable: CREATE EVENT TRIGGER fails with \"unrecognized filter variable \""
                        + variable.name() + "\"\"")
                .help(help);
    }
}
