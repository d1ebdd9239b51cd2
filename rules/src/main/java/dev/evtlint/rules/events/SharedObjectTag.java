package dev.evtlint.rules.events;

import dev.evtlint.model.EventTriggerCreation;
import dev.evtlint.model.TagVerdict;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;

/**
 * A WHEN tag value naming a command on shared objects (databases, roles and role membership,
 * tablespaces) or on the whole cluster (ALTER SYSTEM, REASSIGN OWNED): those commands never fire
 * event triggers, and CREATE EVENT TRIGGER refuses the filter.
 */
@RuleMeta(id = "EVT201", name = "shared-object-tag", summary = "Tag filter on a command on shared objects",
        severity = Severity.ERROR, category = Category.EVENTS, since = "0.1.0", tags = {"correctness"},
        precision = "very-high")
public final class SharedObjectTag implements Rule {

    @Override
    public void check(RuleContext context) {
        for (EventTriggerCreation trigger : context.model().eventTriggerCreations()) {
            for (TagVerdict verdict : TagVerdict.of(trigger, context.pgVersion())) {
                if (verdict.kind() != TagVerdict.Kind.SHARED) {
                    continue;
                }
                String value = verdict.literal().value();
                String error = verdict.namesItsTag()
                        ? "event triggers are not supported for " + value
                        : "filter value \"" + value + "\" not recognized for filter variable \"tag\"";
                String spelling = verdict.namesItsTag() ? ""
                        : " (the command reports the tag " + verdict.tag().name() + ")";
                context.report(trigger.source(), verdict.literal())
                        .message("tag '" + value + "' in " + trigger.describe() + " names a command on shared objects"
                                + spelling + ", which never fires event triggers: CREATE EVENT TRIGGER fails with \""
                                + error + "\"")
                        .help("remove the tag; event triggers see only objects inside one database. Log role, database "
                                + "and tablespace changes with log_statement = 'ddl' or an audit extension");
            }
        }
    }
}
