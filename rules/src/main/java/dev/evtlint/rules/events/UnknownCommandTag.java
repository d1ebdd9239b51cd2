package dev.evtlint.rules.events;

import dev.evtlint.model.CommandTagFacts.CommandTag;
import dev.evtlint.model.CommandTagFacts;
import dev.evtlint.model.EventTriggerCreation;
import dev.evtlint.model.TagVerdict;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Nearest;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.List;
import java.util.function.Predicate;

/**
 * A WHEN tag value that names no command tag. PostgreSQL matches tags without regard to ASCII case
 * but with exact spacing, so a typo, a doubled space or an underscore makes CREATE EVENT TRIGGER fail.
 */
@RuleMeta(id = "EVT203", name = "unknown-command-tag", summary = "Tag filter value that is no command tag",
        severity = Severity.ERROR, category = Category.EVENTS, since = "0.1.0", tags = {"correctness"},
        precision = "very-high")
public final class UnknownCommandTag implements Rule {

    @Override
    public void check(RuleContext context) {
        for (EventTriggerCreation trigger : context.model().eventTriggerCreations()) {
            for (TagVerdict verdict : TagVerdict.of(trigger, context.pgVersion())) {
                if (verdict.kind() != TagVerdict.Kind.UNKNOWN) {
                    continue;
                }
                String value = verdict.literal().value();
                // validate_table_rewrite_tags only asks "table_rewrite_ok?", so unknown strings get its message
                String error = trigger.event().equals("table_rewrite")
                        ? "event triggers are not supported for " + value
                        : "filter value \"" + value + "\" not recognized for filter variable \"tag\"";
                context.report(trigger.source(), verdict.literal())
                        .message("'" + value + "' in " + trigger.describe() + " is not a command tag: CREATE EVENT "
                                + "TRIGGER fails with \"" + error + "\"")
                        .help(suggestion(value, trigger.event()));
            }
        }
    }

    /**
     * "did you mean ..." with the nearest tag the event accepts, else the nearest tag at all (which
     * another rule will then explain), or where to find the tags.
     */
    private static String suggestion(String value, String event) {
        boolean rewrite = event.equals("table_rewrite");
        String word = CommandTagFacts.asciiUpper(value);
        String nearest = Nearest.of(word, names(tag -> rewrite ? tag.tableRewriteOk() : tag.eventTriggerOk()));
        if (nearest == null && !rewrite) {
            nearest = Nearest.of(word, names(tag -> true));
        }
        if (nearest != null) {
            return "did you mean '" + nearest + "'? Tags match without regard to case, but words need single spaces";
        }
        return rewrite
                ? "table_rewrite takes only 'ALTER TABLE', 'ALTER TYPE' and 'ALTER MATERIALIZED VIEW'"
                : "use a tag from the PostgreSQL documentation's event trigger firing matrix, such as 'CREATE TABLE'";
    }

    private static List<String> names(Predicate<CommandTag> filter) {
        return CommandTagFacts.all().stream().filter(filter).map(CommandTag::name).toList();
    }
}
