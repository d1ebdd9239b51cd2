package dev.evtlint.model;

import dev.evtlint.ast.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which definition of each function the event triggers ran, as the replay goes. CREATE OR REPLACE
 * keeps a function's OID, so a trigger bound to it runs the new body from then on; the definition
 * it replaced was that trigger's function for as long as it stood. A trigger runs the definition in
 * place while it exists and is enabled (in any session); a definition replaced before any trigger
 * ran it (or while its triggers were all disabled) never ran as a trigger function.
 *
 * <p>Each step costs as much as the triggers it names: the replay asks for a function's triggers
 * only when a statement replaces or drops it, and gets those that ran its definition.
 */
final class TriggerRuns {
    /** The triggers running the function of each identity now, by name, as they stand. */
    private final Map<Integer, Map<String, EventTriggerDef>> running = new HashMap<>();
    /** The identity of the function each running trigger is bound to, by trigger name. */
    private final Map<String, Integer> boundTo = new HashMap<>();
    /**
     * The triggers that ran the definition in place of each identity, each once (by its CREATE
     * EVENT TRIGGER, so a rename counts once) as it stood the last time it ran that definition.
     */
    private final Map<Integer, Map<Statement.CreateEventTrigger, EventTriggerDef>> ranCurrent = new HashMap<>();

    TriggerRuns copy() {
        TriggerRuns copy = new TriggerRuns();
        running.forEach((identity, triggers) -> copy.running.put(identity, new LinkedHashMap<>(triggers)));
        copy.boundTo.putAll(boundTo);
        ranCurrent.forEach((identity, triggers) -> copy.ranCurrent.put(identity, new LinkedHashMap<>(triggers)));
        return copy;
    }

    /**
     * {@code trigger}, bound to the function of {@code identity}, now stands as given (created,
     * renamed, enabled or disabled): it runs that function's definition unless it is disabled.
     */
    void changed(String formerName, EventTriggerDef trigger, int identity) {
        stopped(formerName);
        if (identity < 0 || trigger.state() == EventTriggerDef.EnableState.DISABLED) {
            return;
        }
        running.computeIfAbsent(identity, any -> new LinkedHashMap<>()).put(trigger.name(), trigger);
        boundTo.put(trigger.name(), identity);
        ranCurrent.computeIfAbsent(identity, any -> new LinkedHashMap<>()).put(trigger.definition(), trigger);
    }

    /** The trigger of that name no longer runs anything: dropped (or renamed, or disabled). */
    void stopped(String name) {
        Integer identity = boundTo.remove(name);
        if (identity != null) {
            running.get(identity).remove(name);
        }
    }

    /**
     * The definition in place of the function of {@code identity} ends (replaced or dropped):
     * returns the triggers that ran it, each as it stood then; those still running go on with the
     * next definition.
     */
    List<EventTriggerDef> definitionEnded(int identity) {
        Map<Statement.CreateEventTrigger, EventTriggerDef> ran = ranCurrent.remove(identity);
        Map<String, EventTriggerDef> still = running.getOrDefault(identity, Map.of());
        if (!still.isEmpty()) {
            Map<Statement.CreateEventTrigger, EventTriggerDef> next = new LinkedHashMap<>();
            still.values().forEach(trigger -> next.put(trigger.definition(), trigger));
            ranCurrent.put(identity, next);
        }
        return ran == null ? List.of() : new ArrayList<>(ran.values());
    }
}
