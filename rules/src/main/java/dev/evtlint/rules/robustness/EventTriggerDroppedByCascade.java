package dev.evtlint.rules.robustness;

import dev.evtlint.ast.Statement;
import dev.evtlint.layout.ExtensionScripts;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.FindingBuilder;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import dev.evtlint.script.ScriptFile;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        List<ExecutedStatement> executed = context.model().executedStatements();
        // A DROP in a body that several calls run is one statement: one finding, naming what any run drops.
        Map<Statement.DropObject, ExecutedStatement> drops = new IdentityHashMap<>();
        Map<Statement.DropObject, Map<String, Dropped>> droppedByDrop = new IdentityHashMap<>();
        for (int i = 0; i < executed.size(); i++) {
            ExecutedStatement step = executed.get(i);
            if (!(step.statement() instanceof Statement.DropObject drop) || !drop.cascade()) {
                continue;
            }
            Set<String> createdAgain = createdLaterInSameCall(executed, i);
            for (EventTriggerDef trigger : context.model().eventTriggersDroppedBy(step)) {
                if (!isMember(trigger, drop) && !createdAgain.contains(trigger.name())) {
                    drops.putIfAbsent(drop, step);
                    droppedByDrop.computeIfAbsent(drop, d -> new LinkedHashMap<>())
                            .putIfAbsent(trigger.name(), new Dropped(trigger, why(drop, trigger)));
                }
            }
        }
        drops.forEach((drop, step) -> report(context, step, drop, droppedByDrop.get(drop).values()));
    }

    private record Dropped(EventTriggerDef trigger, String why) {
    }

    /**
     * The event triggers that the call of a function or procedure whose body runs {@code executed[dropAt]}
     * creates again after it: such a body (a reset routine) drops them on purpose and the call
     * returns with them in place. Empty for a DROP the scripts run themselves, between whose
     * statements the trigger is missing.
     */
    private static Set<String> createdLaterInSameCall(List<ExecutedStatement> executed, int dropAt) {
        Set<String> names = new HashSet<>();
        if (executed.get(dropAt).function() == null) {
            return names;
        }
        for (int i = dropAt + 1; i < executed.size() && executed.get(i).function() != null; i++) {
            if (executed.get(i).statement() instanceof Statement.CreateEventTrigger create) {
                names.add(create.name().name());
            }
        }
        return names;
    }

    /** An extension's own trigger goes with the extension by design. */
    private static boolean isMember(EventTriggerDef trigger, Statement.DropObject drop) {
        String extension = ExtensionScripts.extensionName(trigger.file());
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
                               Collection<Dropped> dropped) {
        List<String> parts = dropped.stream().map(d -> "event trigger " + d.trigger().name() + " (" + d.why() + ")").toList();
        List<String> names = dropped.stream().map(d -> d.trigger().name()).toList();
        FindingBuilder finding = context.report(executed.file().source(), drop)
                .message(drop.commandTag() + " " + drop.names().stream().map(Object::toString).collect(Collectors.joining(", "))
                        + " CASCADE also drops " + String.join(", ", parts) + ", with only a NOTICE")
                .help("drop " + String.join(", ", names) + " explicitly before this statement and create "
                        + (names.size() > 1 ? "them" : "it") + " again after it if still wanted, or drop without "
                        + "CASCADE so that PostgreSQL refuses while an event trigger depends on the object");
        dropped.forEach(d -> finding.related(d.trigger().file(), d.trigger().definition(),
                "event trigger " + d.trigger().name() + " on " + d.trigger().event()));
    }
}
