package dev.evtlint.api;

import dev.evtlint.ast.Expr;
import dev.evtlint.flow.FlowAnalysis;
import dev.evtlint.model.Database;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event triggers a project defines once all its scripts ran ({@code evtlint triggers}): each
 * with its event, tags, function and enable state, and per event the order in which they fire.
 * Those that only a function nobody calls would create ({@link EventTriggerDef#possible()}) are
 * not among them.
 */
public final class TriggerInventory {
    private static final List<String> EVENTS = List.of("login", "ddl_command_start", "ddl_command_end", "sql_drop",
            "table_rewrite");

    /** Where something is defined: a display path and a 1-based line and column. */
    public record Place(String file, int line, int column) {
    }

    /** One trigger; {@code functionDefinedAt} is null when the function is not defined in the analysed files. */
    public record Trigger(String name, String event, List<String> tags, String function, Place functionDefinedAt,
                          String enabled, Place definedAt) {
    }

    /**
     * The triggers in order of creation, and per database that has any (psql's {@code \connect}
     * separates them: a trigger fires only on its own database's commands) the order they fire in.
     */
    public record Inventory(List<Trigger> triggers, List<Firing> databases, List<ToolNotification> notifications) {
    }

    /**
     * The firing of one database's triggers: per event, their names in firing order for normal and
     * replica sessions. {@code database} describes it as messages do ({@code database app}, {@code
     * the database the script runs against}); {@code triggers} names its triggers in order of creation.
     */
    public record Firing(String database, List<String> triggers, Map<String, List<String>> firingOrder,
                         Map<String, List<String>> replicaFiringOrder) {
    }

    private TriggerInventory() {
    }

    /** The triggers of the scripts the request names, run in its order; its rule settings play no part. */
    public static Inventory of(AnalysisRequest request) {
        ScriptLoader.Loaded loaded = ScriptLoader.load(request, Progress.NONE);
        ProjectModel model = ProjectModel.build(RunOrder.sort(loaded.topLevel(), request.runOrder(), request.workingDirectory()),
                loaded.inclusions(), FlowAnalysis::neverReturnsFor);
        List<EventTriggerDef> existing = model.eventTriggers().stream().filter(trigger -> !trigger.possible()).toList();
        List<Trigger> triggers = existing.stream().map(TriggerInventory::trigger).toList();
        List<Firing> databases = new ArrayList<>();
        for (Database database : model.databases()) {
            List<EventTriggerDef> its = existing.stream().filter(trigger -> model.databaseOf(trigger).equals(database)).toList();
            if (!its.isEmpty()) {
                databases.add(firing(model, database, its));
            }
        }
        return new Inventory(triggers, databases, loaded.notifications());
    }

    private static Firing firing(ProjectModel model, Database database, List<EventTriggerDef> triggers) {
        Map<String, List<String>> order = new LinkedHashMap<>();
        Map<String, List<String>> replicaOrder = new LinkedHashMap<>();
        for (String event : events(triggers)) {
            order.put(event, names(model.firingOrder(event, false, database)));
            replicaOrder.put(event, names(model.firingOrder(event, true, database)));
        }
        return new Firing(database.toString(), names(triggers), order, replicaOrder);
    }

    /** The five events in PostgreSQL's order, then any other event name a trigger uses. */
    private static List<String> events(List<EventTriggerDef> triggers) {
        List<String> events = new ArrayList<>();
        for (String event : EVENTS) {
            if (triggers.stream().anyMatch(t -> t.event().equals(event))) {
                events.add(event);
            }
        }
        triggers.stream().map(EventTriggerDef::event).filter(e -> !events.contains(e)).distinct().forEach(events::add);
        return events;
    }

    private static List<String> names(List<EventTriggerDef> triggers) {
        return triggers.stream().map(EventTriggerDef::name).toList();
    }

    private static Trigger trigger(EventTriggerDef trigger) {
        FunctionDef function = trigger.function();
        Place functionPlace = function == null ? null : new Place(function.file().displayPath(),
                function.definition().range().startLine(), function.definition().range().startColumn());
        Place definedAt = new Place(trigger.file().displayPath(), trigger.definition().range().startLine(),
                trigger.definition().range().startColumn());
        List<String> tags = trigger.tags().stream().map(Expr.Literal::value).toList();
        return new Trigger(trigger.name(), trigger.event(), tags, trigger.definition().function() + "()", functionPlace,
                trigger.state().name().toLowerCase(Locale.ROOT), definedAt);
    }
}
