package dev.evtlint.rules.robustness;

import dev.evtlint.ast.Statement;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.model.SearchPath;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.FindingBuilder;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * DROP FUNCTION, SCHEMA or EXTENSION without CASCADE of the function an event trigger of the
 * project executes at that point of the run order: an event trigger depends on its function, so
 * PostgreSQL refuses the DROP. The counterpart of {@link EventTriggerDroppedByCascade}; which
 * triggers depend on what a DROP removes is the model's answer for both.
 */
@RuleMeta(id = "EVT604", name = "drop-function-used-by-event-trigger",
        summary = "DROP without CASCADE of a function an event trigger still executes", severity = Severity.ERROR,
        category = Category.ROBUSTNESS, since = "0.1.0", tags = {"correctness"})
public final class DropFunctionUsedByEventTrigger implements Rule {

    @Override
    public void check(RuleContext context) {
        for (ExecutedStatement executed : context.model().executedStatements()) {
            List<EventTriggerDef> blocking = context.model().eventTriggersBlocking(executed);
            if (!blocking.isEmpty() && executed.statement() instanceof Statement.DropObject drop) {
                report(context, executed, drop, blocking, context.model().searchPathAt(executed));
            }
        }
    }

    private static void report(RuleContext context, ExecutedStatement executed, Statement.DropObject drop,
                               List<EventTriggerDef> blocking, SearchPath path) {
        String dependencies = blocking.stream()
                .map(trigger -> "event trigger " + trigger.name() + " depends on function " + function(trigger, path))
                .collect(Collectors.joining(", "));
        String names = blocking.stream().map(EventTriggerDef::name).collect(Collectors.joining(", "));
        FindingBuilder finding = context.report(executed.file().source(), drop)
                .message(drop.commandTag() + " fails: " + error(drop, blocking.get(0), path) + " (" + dependencies + ")")
                .help("drop the event trigger first (DROP EVENT TRIGGER IF EXISTS " + names + ";) and create it "
                        + "again afterwards if still wanted; CASCADE would drop it with only a NOTICE");
        blocking.forEach(trigger -> finding.related(trigger.file(), trigger.definition(),
                "event trigger " + trigger.name() + " on " + trigger.event()));
    }

    /**
     * PostgreSQL's error (dependency.c reportDependentObjects): it names the object when the DROP
     * names one, the function itself for DROP FUNCTION, and none when it names several.
     */
    private static String error(Statement.DropObject drop, EventTriggerDef trigger, SearchPath path) {
        if (drop.names().size() > 1) {
            return "cannot drop desired object(s) because other objects depend on them";
        }
        String object = !drop.routines().isEmpty() ? "function " + function(trigger, path)
                : drop.objectKind().toLowerCase(Locale.ROOT) + " " + drop.names().get(0).name();
        return "cannot drop " + object + " because other objects depend on it";
    }

    private static String function(EventTriggerDef trigger, SearchPath path) {
        return trigger.function() != null ? trigger.function().describedUnder(path) : trigger.definition().function() + "()";
    }
}
