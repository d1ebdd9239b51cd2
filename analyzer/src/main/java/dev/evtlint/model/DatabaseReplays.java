package dev.evtlint.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;

/**
 * A {@link Replay} per database the scripts run statements in ({@link ExecutedStatement#database()}):
 * functions, event triggers, tables and sessions are a database's own, so what the statements of
 * one database define, drop or set is not there in another. A trigger fires only on its own
 * database's commands and executes a function of its own database. (Roles and databases, which the
 * cluster shares, are no part of a replay.)
 */
final class DatabaseReplays {
    private final BiPredicate<FunctionDef, String> neverReturnsFor;
    private final AtomicInteger nextIdentity;
    /** Every CREATE EVENT TRIGGER of the scripts, in run order (a replay's ALTER of a trigger created later looks there). */
    private final List<EventTriggerCreation> creations;
    /** In order of the first statement each database runs. */
    private final Map<Database, Replay> replays = new LinkedHashMap<>();
    /** The database of the statement before, null before the first. */
    private Database connected;

    DatabaseReplays(BiPredicate<FunctionDef, String> neverReturnsFor, List<EventTriggerCreation> creations) {
        this.neverReturnsFor = neverReturnsFor;
        this.nextIdentity = new AtomicInteger();
        this.creations = creations;
    }

    private DatabaseReplays(DatabaseReplays original) {
        neverReturnsFor = original.neverReturnsFor;
        nextIdentity = new AtomicInteger(original.nextIdentity.get());
        creations = original.creations;
        original.replays.forEach((database, replay) -> replays.put(database, replay.copy(nextIdentity)));
        connected = original.connected;
    }

    /** Replays that go on from these ones' state without changing them. */
    DatabaseReplays copy() {
        return new DatabaseReplays(this);
    }

    /**
     * The replay of the database {@code executed} runs in. A statement in another database than
     * the statement before it runs in a new session: psql connected there.
     */
    Replay of(ExecutedStatement executed) {
        Database database = executed.database();
        Replay replay = replays.computeIfAbsent(database, any -> new Replay(neverReturnsFor, nextIdentity, creations));
        if (connected != null && !connected.equals(database)) {
            replay.reconnected();
        }
        connected = database;
        return replay;
    }

    /**
     * What the scripts leave in each database: its functions, then its event triggers, each with the
     * function it executes now, followed by the {@linkplain EventTriggerDef#possible() possible} ones
     * of the installers never called ({@code calledInstallers} are the identities of those called).
     */
    Contents contents(Set<Integer> calledInstallers) {
        List<FunctionDef> functions = new ArrayList<>();
        List<EventTriggerDef> triggers = new ArrayList<>();
        Map<Integer, Database> functionDatabases = new HashMap<>();
        Map<EventTriggerDef, Database> triggerDatabases = new IdentityHashMap<>();
        replays.forEach((database, replay) -> {
            for (FunctionDef function : replay.functions()) {
                functions.add(function);
                functionDatabases.put(function.identity(), database);
            }
            for (EventTriggerDef trigger : replay.resolvedTriggers()) {
                triggers.add(trigger);
                triggerDatabases.put(trigger, database);
            }
        });
        replays.forEach((database, replay) -> replay.possibleTriggers(calledInstallers).forEach(trigger -> {
            triggers.add(trigger);
            triggerDatabases.put(trigger, database);
        }));
        List<RetiredDefinition> retired = new ArrayList<>();
        replays.forEach((database, replay) -> replay.retiredDefinitions().forEach(definition -> {
            retired.add(definition);
            functionDatabases.putIfAbsent(definition.definition().identity(), database);
            definition.triggers().forEach(trigger -> triggerDatabases.putIfAbsent(trigger, database));
        }));
        return new Contents(functions, triggers, functionDatabases, triggerDatabases, retired);
    }

    /**
     * The functions and event triggers of every database, each database's in order of definition, and
     * the database of each; the definitions that triggers ran before they were replaced or dropped.
     */
    record Contents(List<FunctionDef> functions, List<EventTriggerDef> triggers, Map<Integer, Database> functionDatabases,
                    Map<EventTriggerDef, Database> triggerDatabases, List<RetiredDefinition> retired) {
    }
}
