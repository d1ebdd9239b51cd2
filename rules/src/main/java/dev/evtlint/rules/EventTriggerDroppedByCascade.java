package dev.evtlint.rules;

import dev.evtlint.ast.Statement;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.model.ScriptFile;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.FindingBuilder;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * DROP FUNCTION, SCHEMA or EXTENSION ... CASCADE that takes event triggers of the project with it:
 * an event trigger depends on its function, so CASCADE drops the trigger with only a NOTICE.
 */
@RuleMeta(id = "EVT602", name = "event-trigger-dropped-by-cascade",
        summary = "DROP ... CASCADE that silently drops event triggers", severity = Severity.WARNING,
        category = Category.ROBUSTNESS, since = "0.1.0", tags = {"correctness"})
public final class EventTriggerDroppedByCascade implements Rule {

    @Override
    public void check(RuleContext context) {
        for (ExecutedStatement executed : context.model().executedStatements()) {
            if (!(executed.statement() instanceof Statement.DropObject drop) || !drop.cascade()) {
                continue;
            }
            Map<EventTriggerDef, String> dropped = new LinkedHashMap<>();
            for (EventTriggerDef trigger : context.model().eventTriggersDroppedBy(executed)) {
                if (!isMember(trigger, drop)) {
                    dropped.put(trigger, why(drop, trigger));
                }
            }
            if (!dropped.isEmpty()) {
                report(context, executed, drop, dropped);
            }
        }
    }

    /** An extension's own trigger goes with the extension by design. */
    private static boolean isMember(EventTriggerDef trigger, Statement.DropObject drop) {
        String extension = ScriptFile.extensionName(trigger.file());
        return drop.objectKind().equals("EXTENSION") && drop.names().stream().anyMatch(n -> n.name().equals(extension));
    }

    /** How the dropped object takes {@code trigger} with it. */
    private static String why(Statement.DropObject drop, EventTriggerDef trigger) {
        String function = trigger.definition().function() + "()";
        return switch (drop.objectKind()) {
            case "SCHEMA" -> trigger.function() != null && trigger.function().schema() == null
                    ? "its function " + function + " was created in public by the default search_path"
                    : "its function " + function + " is in that schema";
            case "EXTENSION" -> "its function " + function + " belongs to the extension";
            default -> "it executes " + function;
        };
    }

    private static void report(RuleContext context, ExecutedStatement executed, Statement.DropObject drop,
                               Map<EventTriggerDef, String> dropped) {
        List<String> parts = new ArrayList<>();
        dropped.forEach((trigger, why) -> parts.add("event trigger " + trigger.name() + " (" + why + ")"));
        List<String> names = dropped.keySet().stream().map(EventTriggerDef::name).toList();
        FindingBuilder finding = context.report(executed.file().source(), drop)
                .message(drop.commandTag() + " " + drop.names().stream().map(Object::toString).collect(Collectors.joining(", "))
                        + " CASCADE also drops " + String.join(", ", parts) + ", with only a NOTICE")
                .help("drop " + String.join(", ", names) + " explicitly before this statement and create "
                        + (names.size() > 1 ? "them" : "it") + " again after it if still wanted, or drop without "
                        + "CASCADE so that PostgreSQL refuses while an event trigger depends on the object");
        dropped.keySet().forEach(trigger -> finding.related(trigger.file(), trigger.definition(),
                "event trigger " + trigger.name() + " on " + trigger.event()));
    }
}
