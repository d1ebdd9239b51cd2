package dev.evtlint.rules.events;

import dev.evtlint.model.EventTriggerCreation;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.TagVerdict;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.Set;

/**
 * A WHEN clause the trigger's event refuses: a tag of a command that never fires event triggers
 * (SELECT, TRUNCATE TABLE, VACUUM...), on table_rewrite any tag but the three that can rewrite a
 * table, and on login any WHEN clause at all.
 */
@RuleMeta(id = "EVT204", name = "tag-not-supported-for-event", summary = "Tag filter the trigger's event refuses",
        severity = Severity.ERROR, category = Category.EVENTS, since = "0.1.0", tags = {"correctness"},
        precision = "very-high")
public final class TagNotSupportedForEvent implements Rule {
    /** Commands that rewrite tables without firing table_rewrite. */
    private static final Set<String> SILENT_REWRITES = Set.of("CLUSTER", "VACUUM");

    @Override
    public void check(RuleContext context) {
        for (EventTriggerCreation trigger : context.model().eventTriggerCreations()) {
            // before 17 the login event itself is unknown, which EVT104 reports: that error comes first
            if (trigger.event().equals("login") && trigger.statement().when() != null
                    && context.pgVersion() >= EventTriggerDef.LOGIN_EVENT_SINCE) {
                context.report(trigger.source(), trigger.statement().when())
                        .message("login trigger " + trigger.name() + " has a WHEN clause: CREATE EVENT TRIGGER fails with "
                                + "\"tag filtering is not supported for login event triggers\"")
                        .help("remove the WHEN clause; a login trigger fires for every connection (TG_TAG is always "
                                + "'LOGIN'), so test session_user or the database inside the function instead");
            }
            for (TagVerdict verdict : TagVerdict.of(trigger, context.pgVersion())) {
                if (verdict.kind() == TagVerdict.Kind.NOT_FOR_EVENT) {
                    report(context, trigger, verdict);
                }
            }
        }
    }

    private static void report(RuleContext context, EventTriggerCreation trigger, TagVerdict verdict) {
        String value = verdict.literal().value();
        String tag = verdict.tag().name();
        String error = "CREATE EVENT TRIGGER fails with \"event triggers are not supported for " + value + "\"";
        if (!verdict.tag().eventTriggerOk()) {
            String rewrite = SILENT_REWRITES.contains(tag) ? " (its table rewrites do not fire table_rewrite either)" : "";
            context.report(trigger.source(), verdict.literal())
                    .message("tag '" + value + "' in " + trigger.describe() + ": " + tag + " never fires event triggers"
                            + rewrite + ", and " + error)
                    .help("remove the tag: event triggers fire only for DDL (CREATE, ALTER, DROP, COMMENT, GRANT, REVOKE, "
                            + "SECURITY LABEL, IMPORT FOREIGN SCHEMA, REFRESH MATERIALIZED VIEW, REINDEX, SELECT INTO); "
                            + "use an ordinary trigger for INSERT, UPDATE, DELETE and TRUNCATE");
            return;
        }
        context.report(trigger.source(), verdict.literal())
                .message("tag '" + value + "' in table_rewrite trigger " + trigger.name() + ": only ALTER TABLE, ALTER TYPE "
                        + "and ALTER MATERIALIZED VIEW can rewrite a table, and " + error)
                .help("keep 'ALTER TABLE', 'ALTER TYPE' or 'ALTER MATERIALIZED VIEW' here, and watch " + tag
                        + " from a ddl_command_start or ddl_command_end trigger");
    }
}
