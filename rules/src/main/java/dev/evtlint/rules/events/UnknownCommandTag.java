package dev.evtlint.rules.events;

import dev.evtlint.ast.Expr;
import dev.evtlint.model.CommandTagFacts.CommandTag;
import dev.evtlint.model.CommandTagFacts;
import dev.evtlint.model.EventTriggerCreation;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.model.TagVerdict;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Fix;
import dev.evtlint.rule.Nearest;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import dev.evtlint.rule.TextEdit;
import dev.evtlint.script.ScriptFile;
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
     * The tag the finding's value is nearest to, in place of the value, where exactly one tag the
     * event accepts is nearest (the help names the same) and every version accepts it.
     * Safe when the value is that tag but for case, underscores and runs of spaces (the words
     * are not in doubt); unsafe otherwise, as the nearest spelling is a guess at the command meant,
     * and the trigger then fires for that command.
     */
    @Override
    public List<Fix> fixes(Finding finding, ScriptFile script, ProjectModel project) {
        for (EventTriggerCreation trigger : project.eventTriggerCreations()) {
            for (Expr.Literal literal : trigger.source() == script.source() ? trigger.tags() : List.<Expr.Literal>of()) {
                if (!literal.range().equals(finding.location().range())) {
                    continue;
                }
                List<String> nearest = Nearest.all(CommandTagFacts.asciiUpper(literal.value()), acceptedTags(trigger.event()));
                // A tag that older versions lack (LOGIN, REINDEX) would trade this finding for EVT104
                // there, and one the list already names for a repeated tag (EVT206).
                if (nearest.size() != 1 || CommandTagFacts.lookUp(nearest.get(0)).orElseThrow().since() != 0
                        || trigger.tags().stream().anyMatch(other -> CommandTagFacts.asciiUpper(other.value()).equals(nearest.get(0)))) {
                    return List.of();
                }
                String tag = nearest.get(0);
                boolean spacingOnly = CommandTagFacts.asciiUpper(literal.value()).replaceAll("[\\s_]+", " ").strip().equals(tag);
                // Isolated within the statement: two values fixed at once could become the same tag.
                return List.of(new Fix("Use the command tag '" + tag + "'",
                        List.of(new TextEdit(script.source(), literal.range().startOffset(), literal.range().endOffset(), "'" + tag + "'")),
                        spacingOnly ? Fix.Applicability.SAFE : Fix.Applicability.UNSAFE, trigger.statement().range()));
            }
        }
        return List.of();
    }

    /**
     * "did you mean ..." with the tags nearest to the value that the event accepts, else the nearest
     * tags at all (which another rule will then explain), or where to find the tags.
     */
    private static String suggestion(String value, String event) {
        String word = CommandTagFacts.asciiUpper(value);
        List<String> nearest = Nearest.all(word, acceptedTags(event));
        if (nearest.isEmpty() && !event.equals("table_rewrite")) {
            nearest = Nearest.all(word, names(tag -> true));
        }
        if (!nearest.isEmpty()) {
            return Nearest.suggestion(nearest.stream().map(tag -> "'" + tag + "'").toList())
                    + "Tags match without regard to case, but words need single spaces";
        }
        return event.equals("table_rewrite")
                ? "table_rewrite takes only 'ALTER TABLE', 'ALTER TYPE' and 'ALTER MATERIALIZED VIEW'"
                : "use a tag from the PostgreSQL documentation's event trigger firing matrix, such as 'CREATE TABLE'";
    }

    /** The tags {@code event} accepts on some version. */
    private static List<String> acceptedTags(String event) {
        boolean rewrite = event.equals("table_rewrite");
        return names(tag -> rewrite ? tag.tableRewriteOk() : tag.eventTriggerOk());
    }

    private static List<String> names(Predicate<CommandTag> filter) {
        return CommandTagFacts.all().stream().filter(filter).map(CommandTag::name).toList();
    }
}
