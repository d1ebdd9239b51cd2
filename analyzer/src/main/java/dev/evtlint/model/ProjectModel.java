package dev.evtlint.model;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The whole project as its scripts build it when run in order: functions (with every later ALTER
 * FUNCTION applied), event triggers (with renames, enable states and drops applied), and the calls
 * between functions. Built once per run; rules only read it.
 */
public final class ProjectModel {
    private final List<ScriptFile> files;
    private final List<ExecutedStatement> executed;
    private final List<FunctionDef> functions;
    private final List<EventTriggerDef> eventTriggers;
    private final Map<FunctionDef, List<CallSite>> callees;
    private final Map<FunctionDef, List<EventTriggerDef>> reachingTriggers;
    private final Map<ExecutedStatement, List<EventTriggerDef>> droppedTriggers;

    private ProjectModel(List<ScriptFile> files, List<ExecutedStatement> executed, List<FunctionDef> functions,
                         List<EventTriggerDef> eventTriggers, Map<ExecutedStatement, List<EventTriggerDef>> droppedTriggers) {
        this.files = List.copyOf(files);
        this.executed = executed;
        this.droppedTriggers = droppedTriggers;
        this.functions = List.copyOf(functions);
        this.eventTriggers = List.copyOf(eventTriggers);
        this.callees = callGraph(this.functions);
        this.reachingTriggers = reachability(this.eventTriggers);
    }

    /** Replays the statements of {@code filesInRunOrder} and links triggers, functions and calls. */
    public static ProjectModel build(List<ScriptFile> filesInRunOrder) {
        List<ExecutedStatement> executed = ScriptWalk.of(filesInRunOrder);
        Replay replay = new Replay();
        Map<ExecutedStatement, List<EventTriggerDef>> dropped = new IdentityHashMap<>();
        for (ExecutedStatement statement : executed) {
            List<EventTriggerDef> gone = replay.apply(statement);
            if (!gone.isEmpty()) {
                dropped.put(statement, gone);
            }
        }
        return new ProjectModel(filesInRunOrder, executed, replay.functions(), replay.resolvedTriggers(), dropped);
    }

    /** The scripts in run order. */
    public List<ScriptFile> files() {
        return files;
    }

    /**
     * Every statement the scripts run, in run order: each top-level statement, followed by the
     * statements inside it when it is a DO block.
     */
    public List<ExecutedStatement> executedStatements() {
        return executed;
    }

    /**
     * The event triggers that {@code statement}, one of {@link #executedStatements()}, drops as a side
     * effect: DROP FUNCTION or SCHEMA ... CASCADE of their function, DROP EXTENSION of the extension
     * they or (with CASCADE) their function belong to. Each comes with its function as it was just
     * before the statement, or null when the project did not define it. Empty for other statements.
     */
    public List<EventTriggerDef> eventTriggersDroppedBy(ExecutedStatement statement) {
        return droppedTriggers.getOrDefault(statement, List.of());
    }

    /** The functions and procedures that exist after all scripts ran, in order of definition. */
    public List<FunctionDef> functions() {
        return functions;
    }

    /** The event triggers that exist after all scripts ran, in order of creation. */
    public List<EventTriggerDef> eventTriggers() {
        return eventTriggers;
    }

    /**
     * The triggers that fire on {@code event}, in the order they fire: PostgreSQL sorts them by name,
     * comparing bytes (so {@code trg_10} fires before {@code trg_2}, and {@code Z} before {@code a}).
     * A normal session runs triggers enabled with ENABLE or ENABLE ALWAYS; a session with
     * {@code session_replication_role = replica} those with ENABLE REPLICA or ENABLE ALWAYS.
     */
    public List<EventTriggerDef> firingOrder(String event, boolean replicaSession) {
        return eventTriggers.stream()
                .filter(t -> t.event().equals(event) && t.firesIn(replicaSession))
                .sorted(Comparator.comparing(t -> t.name().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned))
                .toList();
    }

    /** The calls in {@code function}'s body of functions the project defines. */
    public List<CallSite> callees(FunctionDef function) {
        return callees.getOrDefault(function, List.of());
    }

    /** The event triggers whose function is {@code function} or calls it, directly or not. */
    public List<EventTriggerDef> triggersReaching(FunctionDef function) {
        return reachingTriggers.getOrDefault(function, List.of());
    }

    /** The functions some event trigger runs, directly or through calls, in order of definition. */
    public List<FunctionDef> triggerFunctions() {
        return functions.stream().filter(reachingTriggers::containsKey).toList();
    }

    /** The trigger functions whose PL/pgSQL body parsed: the ones rules can look into. */
    public List<FunctionDef> plPgSqlTriggerFunctions() {
        return triggerFunctions().stream().filter(function -> function.body() != null).toList();
    }

    /** The function a call or reference names, matched on name, schema when given, and input count. */
    public Optional<FunctionDef> resolve(QualifiedName name, int inputCount) {
        return resolve(functions, name, inputCount);
    }

    private static Optional<FunctionDef> resolve(List<FunctionDef> functions, QualifiedName name, int inputCount) {
        FunctionDef found = null;
        for (FunctionDef function : functions) {
            if (function.name().equals(name.name()) && function.inputCount() == inputCount
                    && (name.schema() == null || name.schema().equals(function.schema()) || function.schema() == null)) {
                found = function;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Map<FunctionDef, List<CallSite>> callGraph(List<FunctionDef> functions) {
        Map<FunctionDef, List<CallSite>> graph = new IdentityHashMap<>();
        for (FunctionDef caller : functions) {
            PlStatement.Block body = caller.body();
            if (body == null) {
                continue;
            }
            List<CallSite> sites = new ArrayList<>();
            for (Expr.FunctionCall call : AstVisitor.collect(body, Expr.FunctionCall.class)) {
                resolve(functions, call.name(), call.arguments().size())
                        .ifPresent(callee -> sites.add(new CallSite(caller, call, callee)));
            }
            graph.put(caller, Collections.unmodifiableList(sites));
        }
        return graph;
    }

    private Map<FunctionDef, List<EventTriggerDef>> reachability(List<EventTriggerDef> triggers) {
        Map<FunctionDef, Set<EventTriggerDef>> reached = new IdentityHashMap<>();
        for (EventTriggerDef trigger : triggers) {
            if (trigger.function() == null) {
                continue;
            }
            Deque<FunctionDef> work = new ArrayDeque<>(List.of(trigger.function()));
            while (!work.isEmpty()) {
                FunctionDef function = work.pop();
                if (reached.computeIfAbsent(function, f -> new LinkedHashSet<>()).add(trigger)) {
                    callees(function).forEach(site -> work.push(site.callee()));
                }
            }
        }
        Map<FunctionDef, List<EventTriggerDef>> result = new IdentityHashMap<>();
        reached.forEach((function, set) -> result.put(function, List.copyOf(set)));
        return result;
    }

    /** Replays definitions in run order. */
    private static final class Replay {
        private static final Set<String> ROUTINE_KINDS = Set.of("FUNCTION", "PROCEDURE", "ROUTINE");
        private final List<FunctionDef> functions = new ArrayList<>();
        private final Map<String, EventTriggerDef> triggers = new LinkedHashMap<>();

        /** Applies one statement; returns the event triggers a DROP of another object took with it. */
        List<EventTriggerDef> apply(ExecutedStatement executed) {
            SourceFile file = executed.file().source();
            Statement statement = executed.statement();
            if (statement instanceof Statement.CreateFunction create) {
                define(FunctionDef.of(file, create));
            } else if (statement instanceof Statement.AlterFunction alter) {
                alter(file, alter);
            } else if (statement instanceof Statement.DropObject drop) {
                return drop(drop);
            } else if (statement instanceof Statement.CreateEventTrigger create) {
                String name = create.name().name();
                triggers.put(name, new EventTriggerDef(file, create, name, EventTriggerDef.EnableState.ORIGIN, null));
            } else if (statement instanceof Statement.AlterEventTrigger alter) {
                alterTrigger(alter);
            } else if (statement instanceof Statement.DropEventTrigger drop) {
                drop.names().forEach(name -> triggers.remove(name.name()));
            }
            return List.of();
        }

        /**
         * DROP of functions, schemas and extensions. An event trigger depends on its function, so
         * CASCADE drops the triggers whose function goes; an extension's own triggers and functions
         * (those its scripts create) go with it in any case.
         */
        private List<EventTriggerDef> drop(Statement.DropObject drop) {
            List<EventTriggerDef> dropped = new ArrayList<>();
            for (QualifiedName name : drop.names()) {
                String kind = drop.objectKind();
                if (ROUTINE_KINDS.contains(kind)) {
                    if (drop.cascade()) {
                        dropTriggers(t -> executes(t, name), dropped);
                    }
                    functions.removeIf(f -> sameName(f, name));
                } else if (kind.equals("SCHEMA") && drop.cascade()) {
                    dropTriggers(t -> name.name().equals(functionSchema(t)), dropped);
                    functions.removeIf(f -> name.name().equals(f.schema()));
                } else if (kind.equals("EXTENSION")) {
                    dropTriggers(t -> name.name().equals(ScriptFile.extensionName(t.file()))
                            || drop.cascade() && function(t).filter(f -> isMember(f, name)).isPresent(), dropped);
                    functions.removeIf(f -> isMember(f, name));
                }
            }
            return dropped;
        }

        /** Removes the triggers that {@code goes} and adds them, with their functions resolved, to {@code dropped}. */
        private void dropTriggers(Predicate<EventTriggerDef> goes, List<EventTriggerDef> dropped) {
            Iterator<EventTriggerDef> it = triggers.values().iterator();
            while (it.hasNext()) {
                EventTriggerDef trigger = it.next();
                if (goes.test(trigger)) {
                    dropped.add(trigger.withFunction(function(trigger).orElse(null)));
                    it.remove();
                }
            }
        }

        private Optional<FunctionDef> function(EventTriggerDef trigger) {
            return resolve(functions, trigger.definition().function(), 0);
        }

        /** Whether the trigger executes the function {@code name}, defined in the project or not. */
        private boolean executes(EventTriggerDef trigger, QualifiedName name) {
            QualifiedName reference = trigger.definition().function();
            return function(trigger).map(f -> sameName(f, name)).orElseGet(() -> reference.name().equals(name.name())
                    && sameSchema(reference.schema(), name.schema()));
        }

        /** The schema of the trigger's function as the scripts name it, or null when they do not. */
        private String functionSchema(EventTriggerDef trigger) {
            String defined = function(trigger).map(FunctionDef::schema).orElse(null);
            return defined != null ? defined : trigger.definition().function().schema();
        }

        private static boolean isMember(FunctionDef function, QualifiedName extension) {
            return extension.name().equals(ScriptFile.extensionName(function.file()));
        }

        private void define(FunctionDef function) {
            functions.removeIf(existing -> existing.name().equals(function.name())
                    && sameSchema(existing.schema(), function.schema())
                    && existing.inputCount() == function.inputCount());
            functions.add(function);
        }

        private void alter(SourceFile file, Statement.AlterFunction alter) {
            for (int i = 0; i < functions.size(); i++) {
                FunctionDef function = functions.get(i);
                if (!sameName(function, alter.name())) {
                    continue;
                }
                List<dev.evtlint.ast.Part.ConfigSetting> settings = new ArrayList<>(function.settings());
                settings.addAll(alter.settings());
                if (alter.securityDefiner() == null) {
                    functions.set(i, function.altered(function.securityDefinerFile(), function.securityDefiner(), settings));
                } else {
                    functions.set(i, function.altered(file, alter.securityDefiner() ? alter.range() : null, settings));
                }
            }
        }

        private void alterTrigger(Statement.AlterEventTrigger alter) {
            EventTriggerDef trigger = triggers.get(alter.name().name());
            if (trigger == null) {
                return;
            }
            switch (alter.action()) {
                case ENABLE -> triggers.put(trigger.name(), trigger.withState(EventTriggerDef.EnableState.ORIGIN));
                case ENABLE_REPLICA -> triggers.put(trigger.name(), trigger.withState(EventTriggerDef.EnableState.REPLICA));
                case ENABLE_ALWAYS -> triggers.put(trigger.name(), trigger.withState(EventTriggerDef.EnableState.ALWAYS));
                case DISABLE -> triggers.put(trigger.name(), trigger.withState(EventTriggerDef.EnableState.DISABLED));
                case RENAME -> {
                    triggers.remove(trigger.name());
                    String newName = alter.newName().name();
                    triggers.put(newName, trigger.renamed(newName));
                }
                case OWNER -> {
                    // ownership does not change what the trigger does
                }
            }
        }

        private static boolean sameName(FunctionDef function, QualifiedName name) {
            return function.name().equals(name.name()) && (name.schema() == null || sameSchema(function.schema(), name.schema()));
        }

        private static boolean sameSchema(String a, String b) {
            return a == null || b == null || a.equals(b);
        }

        List<FunctionDef> functions() {
            return List.copyOf(functions);
        }

        /** The triggers as they stand, each with its function resolved among the functions that exist now. */
        List<EventTriggerDef> resolvedTriggers() {
            List<EventTriggerDef> resolved = new ArrayList<>();
            for (EventTriggerDef trigger : triggers.values()) {
                resolved.add(trigger.withFunction(resolve(functions, trigger.definition().function(), 0).orElse(null)));
            }
            return resolved;
        }
    }
}
