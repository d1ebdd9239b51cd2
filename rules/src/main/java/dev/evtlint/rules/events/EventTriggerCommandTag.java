package dev.evtlint.rules.events;

import dev.evtlint.model.EventTriggerCreation;
import dev.evtlint.model.TagVerdict;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;

/**
 * A WHEN tag value naming CREATE, ALTER or DROP EVENT TRIGGER: commands on event triggers never fire
 * event triggers, and CREATE EVENT TRIGGER refuses the filter.
 */
@RuleMeta(id = "EVT202", name = "event-trigger-command-tag", summary = "Tag filter on an event trigger command",
        severity = Severity.ERROR, category = Category.EVENTS, since = "0.1.0", tags = {"correctness"},
        precision = "very-high")
public final class EventTriggerCommandTag implements Rule {

    @Override
    public void check(RuleContext context) {
        for (EventTriggerCreation trigger : context.model().eventTriggerCreations()) {
            for (TagVerdict verdict : TagVerdict.of(trigger, context.pgVersion())) {
                if (verdict.kind() != TagVerdict.Kind.EVENT_TRIGGER_COMMAND) {
                    continue;
                }
                String value = verdict.literal().value();
                context.report(trigger.source(), verdict.literal())
                        .message("tag '" + value + "' in " + trigger.describe() + " names a command on event triggers, "
                                + "which never fires event triggers: CREATE EVENT TRIGGER fails with \"event triggers "
                                + "are not supported for " + value + "\"")
                        .help("remove the tag; no event trigger can watch event trigger commands. To notice changes, "
                                + "compare snapshots of pg_event_trigger");
            }
        }
    }
}
