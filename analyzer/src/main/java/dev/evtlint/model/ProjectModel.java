package dev.evtlint.model;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Statement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
    private final List<EventTriggerCreation> creations;
    private final Map<FunctionDef, List<CallSite>> callees = new IdentityHashMap<>();
    private final Map<FunctionDef, List<UnresolvedCall>> unresolved = new IdentityHashMap<>();
    private final Map<FunctionDef, List<EventTriggerDef>> reachingTriggers;
    private final Map<ExecutedStatement, Replay.TriggerDependents> triggerDependents;
    private final Map<ExecutedStatement, SearchPath> searchPaths;
    /** The replay as each script that creates event triggers leaves it, for running that script again. */
    private final Map<ScriptFile, Replay> afterScript;
    private final Map<Statement, List<FunctionDef>> installerCalls;
    private final Overloads overloads;
    private final Tables tables;
    private final Inclusions inclusions;

    private ProjectModel(List<ScriptFile> files, List<ExecutedStatement> executed, List<FunctionDef> functions,
                         List<EventTriggerDef> eventTriggers, Map<ExecutedStatement, Replay.TriggerDependents> triggerDependents,
                         Map<ExecutedStatement, SearchPath> searchPaths, Map<ScriptFile, Replay> afterScript,
                         Map<Statement, List<FunctionDef>> installerCalls, Inclusions inclusions,
                         List<EventTriggerCreation> creations) {
        this.files = List.copyOf(files);
        this.inclusions = inclusions;
        this.executed = executed;
        this.triggerDependents = triggerDependents;
        this.searchPaths = searchPaths;
        this.afterScript = afterScript;
        this.installerCalls = installerCalls;
        this.functions = List.copyOf(functions);
        this.overloads = new Overloads(this.functions);
        this.tables = new Tables(executed);
        this.eventTriggers = List.copyOf(eventTriggers);
        this.creations = creations;
        linkCalls();
        this.reachingTriggers = reachability(this.eventTriggers);
    }

    /** Replays the statements of {@code filesInRunOrder} and links triggers, functions and calls. */
    public static ProjectModel build(List<ScriptFile> filesInRunOrder) {
        return build(filesInRunOrder, Inclusions.NONE);
    }

    /**
     * As {@link #build(List)}, where {@code scriptsInRunOrder} run the scripts that {@code inclusions}
     * says their psql include commands run, at those commands.
     */
    public static ProjectModel build(List<ScriptFile> scriptsInRunOrder, Inclusions inclusions) {
        return build(scriptsInRunOrder, inclusions, function -> false);
    }

    /**
     * As {@link #build(List, Inclusions)}, where {@code neverReturns} tells the functions whose
     * every path raises (the flow analysis's control-flow graph, which depends on the model and so
     * is handed in): an event trigger executing such a function at ddl_command_start vetoes the
     * commands it fires for, and a DROP it vetoes drops nothing. Without it no trigger vetoes anything.
     */
    public static ProjectModel build(List<ScriptFile> scriptsInRunOrder, Inclusions inclusions,
                                     Predicate<FunctionDef> neverReturns) {
        List<ScriptFile> files = inclusions.allRunning(scriptsInRunOrder);
        // One walk of every AST finds them, for the recorder and for the rules.
        List<EventTriggerCreation> creations = creations(files);
        Recorder recorder = new Recorder(files, inclusions, creations, neverReturns);
        ScriptWalk.Walked walked = ScriptWalk.of(scriptsInRunOrder, inclusions, recorder);
        recorder.scriptEnded();
        Replay replay = recorder.replay;
        List<EventTriggerDef> triggers = new ArrayList<>(replay.resolvedTriggers());
        triggers.addAll(replay.possibleTriggers(walked.calledInstallers()));
        return new ProjectModel(files, walked.statements(), replay.functions(), triggers, recorder.dependents,
                recorder.searchPaths, recorder.afterScript, recorder.installerCalls, inclusions, creations);
    }

    /** Runs the statements on a {@link Replay} as the walk reaches them, and keeps what rules ask about. */
    private static final class Recorder implements ScriptWalk.Runner {
        private final Replay replay;
        private final Map<ExecutedStatement, Replay.TriggerDependents> dependents = new IdentityHashMap<>();
        private final Map<ExecutedStatement, SearchPath> searchPaths = new IdentityHashMap<>();
        private final Map<ScriptFile, Replay> afterScript = new IdentityHashMap<>();
        private final Map<Statement, List<FunctionDef>> installerCalls = new IdentityHashMap<>();
        private final Set<ScriptFile> creating = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<ScriptFile> callingInstallers = Collections.newSetFromMap(new IdentityHashMap<>());
        private ScriptFile script;

        /** {@code files}: every script that runs; one creates event triggers when it or a script it includes does. */
        Recorder(List<ScriptFile> files, Inclusions inclusions, List<EventTriggerCreation> creations,
                 Predicate<FunctionDef> neverReturns) {
            replay = new Replay(neverReturns);
            Set<ScriptFile> withCreation = Collections.newSetFromMap(new IdentityHashMap<>());
            creations.forEach(creation -> withCreation.add(creation.file()));
            // Each script's answer once: the scripts of a chain of N includes would list N, N - 1, ... scripts each.
            MemoisedReach<ScriptFile> runsCreation = new MemoisedReach<>(inclusions::includedBy, withCreation::contains, false);
            for (ScriptFile file : files) {
                if (runsCreation.reaches(file)) {
                    creating.add(file);
                }
            }
        }

        @Override
        public void run(ExecutedStatement statement) {
            if (statement.function() == null && statement.file() != script) {
                scriptEnded();
                script = statement.file();
            }
            searchPaths.put(statement, replay.searchPathFor(statement));
            Replay.TriggerDependents found = replay.apply(statement);
            if (found != Replay.TriggerDependents.NONE) {
                dependents.put(statement, found);
            }
        }

        @Override
        public List<FunctionDef> installersCalledBy(ExecutedStatement statement) {
            List<FunctionDef> called = replay.installersCalledBy(statement);
            if (!called.isEmpty()) {
                installerCalls.put(statement.statement(), called);
                callingInstallers.add(statement.file());
            }
            return called;
        }

        /**
         * Keeps the state the script that just ended leaves, when running it again can drop event
         * triggers with a DROP ... CASCADE ({@link #eventTriggersDroppedOnRerun}): it creates event
         * triggers, and drops with CASCADE itself or calls installers, whose bodies may. A copy per
         * script that creates a trigger made a project of many such scripts quadratic in time and memory.
         */
        void scriptEnded() {
            if (script != null && creating.contains(script) && (callingInstallers.contains(script) || dropsWithCascade(script))) {
                afterScript.put(script, replay.copy());
            }
        }

        private static boolean dropsWithCascade(ScriptFile script) {
            return script.statements().stream().flatMap(statement -> AstVisitor.collect(statement, Statement.DropObject.class).stream())
                    .anyMatch(Statement.DropObject::cascade);
        }
    }

    /** The scripts in the order they start running, included ones after the script that includes them first. */
    public List<ScriptFile> files() {
        return files;
    }

    /** Whether a psql include command of another script runs {@code file}: then it runs there, not of its own accord. */
    public boolean isIncluded(ScriptFile file) {
        return inclusions.isIncluded(file);
    }

    /** {@code script} and the scripts it includes with psql include commands, and those include, each once. */
    public List<ScriptFile> scriptsRunBy(ScriptFile script) {
        return inclusions.allRunning(List.of(script));
    }

    /**
     * The statements {@code script} runs at its top level, in run order: its own, with those of the
     * scripts it includes where it includes them, each in its own file.
     */
    public List<ExecutedStatement> topLevelStatements(ScriptFile script) {
        List<ExecutedStatement> statements = new ArrayList<>();
        inclusions.forEachStatement(script,
                (file, statement) -> statements.add(new ExecutedStatement(file, statement, List.of(), List.of(), List.of(), null)));
        return statements;
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
        return triggerDependents.getOrDefault(statement, Replay.TriggerDependents.NONE).dropped();
    }

    /**
     * The event triggers that make {@code statement}, one of {@link #executedStatements()}, fail: a
     * DROP FUNCTION, SCHEMA or EXTENSION without CASCADE of the function they execute (or of what
     * holds it), which PostgreSQL refuses with {@code cannot drop function f() because other objects
     * depend on it}; the DROP then changes nothing. Each comes with its function. Empty for other
     * statements.
     */
    public List<EventTriggerDef> eventTriggersBlocking(ExecutedStatement statement) {
        return triggerDependents.getOrDefault(statement, Replay.TriggerDependents.NONE).blocking();
    }

    /**
     * The names of the event triggers that {@code drop}, a DROP ... CASCADE in {@code file}, takes
     * with it when the file runs a second time: of those the first run left (the state after the
     * file, as {@link #eventTriggersDroppedBy} judges it), the ones that depend on what it drops.
     * Empty for a file that creates no event trigger.
     */
    public Set<String> eventTriggersDroppedOnRerun(ScriptFile file, Statement.DropObject drop) {
        Replay after = afterScript.get(file);
        if (after == null) {
            return Set.of();
        }
        Replay again = after.copy();
        Set<String> names = new HashSet<>();
        again.apply(new ExecutedStatement(file, drop, List.of(), List.of(), List.of(), null)).dropped()
                .forEach(trigger -> names.add(trigger.name()));
        return names;
    }

    /**
     * The installers {@code statement} calls (a query or CALL the scripts run, at top level, in a DO
     * block or in an installer's body): functions that create, alter or drop event triggers, whose
     * bodies {@link #executedStatements()} lists right after the call. Empty for other statements.
     */
    public List<FunctionDef> installersCalledBy(Statement statement) {
        return installerCalls.getOrDefault(statement, List.of());
    }

    /** The functions and procedures that exist after all scripts ran, in order of definition. */
    public List<FunctionDef> functions() {
        return functions;
    }

    /**
     * Every CREATE EVENT TRIGGER statement of the scripts, in run order, wherever it stands; each
     * fails or succeeds where it stands, also when a later script drops its trigger again.
     */
    public List<EventTriggerCreation> eventTriggerCreations() {
        return creations;
    }

    private static List<EventTriggerCreation> creations(List<ScriptFile> files) {
        List<EventTriggerCreation> found = new ArrayList<>();
        for (ScriptFile file : files) {
            for (Statement statement : file.statements()) {
                statement.accept(node -> {
                    if (node instanceof Statement.CreateEventTrigger create) {
                        found.add(new EventTriggerCreation(file, create));
                    }
                    // No statement stands inside an expression but a query: the walk skips them.
                    return !(node instanceof Expr);
                });
            }
        }
        return List.copyOf(found);
    }

    /**
     * The event triggers that exist after all scripts ran, in order of creation, followed by the
     * {@linkplain EventTriggerDef#possible() possible} ones that functions the scripts never call
     * create: rules about what a trigger runs see them, rules about the run order do not.
     */
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
                .filter(t -> !t.possible() && t.event().equals(event) && t.firesIn(replicaSession))
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

    /**
     * {@code root} and the project functions it calls, directly or not, each once, in depth-first
     * order of the calls: the call graph's closure, the one answer to "what does this function run".
     * The walk enters only functions {@code enter} accepts, and follows no call out of the others.
     */
    public List<FunctionDef> reachableFrom(FunctionDef root, Predicate<FunctionDef> enter) {
        Set<FunctionDef> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<FunctionDef> found = new ArrayList<>();
        Deque<FunctionDef> work = new ArrayDeque<>(List.of(root));
        while (!work.isEmpty()) {
            FunctionDef function = work.pop();
            if (!enter.test(function) || !seen.add(function)) {
                continue;
            }
            found.add(function);
            callees(function).forEach(site -> work.push(site.callee()));
        }
        return found;
    }

    /** The functions some event trigger runs, directly or through calls, in order of definition. */
    public List<FunctionDef> triggerFunctions() {
        return functions.stream().filter(reachingTriggers::containsKey).toList();
    }

    /**
     * Functions an extension's update script ({@code ext--A--B.sql}) redefines with CREATE OR
     * REPLACE as returning event_trigger, which no event trigger the project shows runs. Such a
     * function can only ever run as an event trigger's function, OR REPLACE says that version A
     * created it, and ALTER EXTENSION UPDATE runs the script only where version A is installed:
     * the trigger version A bound to it goes on running the new definition. A plain CREATE, or
     * any other script, gives no such evidence that a trigger exists.
     */
    public List<FunctionDef> triggerFunctionsOfEarlierVersions() {
        return functions.stream().filter(function -> !reachingTriggers.containsKey(function)
                && function.returnsEventTrigger() && function.definition().orReplace()
                && ScriptFile.isExtensionUpdateScript(function.file())).toList();
    }

    /** The functions some event trigger runs whose body evtlint reads: PL/pgSQL that parsed, or SQL. */
    public List<FunctionDef> readableTriggerFunctions() {
        return triggerFunctions().stream().filter(f -> f.body() != null || !f.sqlStatements().isEmpty()).toList();
    }

    /** The trigger functions whose PL/pgSQL body parsed: the ones rules can look into. */
    public List<FunctionDef> plPgSqlTriggerFunctions() {
        return triggerFunctions().stream().filter(function -> function.body() != null).toList();
    }

    /**
     * The function a call at the top level of a script names, by name, schema when given, and
     * argument count, under the default search_path; empty when none or several fit.
     */
    public Optional<FunctionDef> resolve(QualifiedName name, int argumentCount) {
        return Optional.ofNullable(overloads.call(name, argumentCount, SearchPath.DEFAULT).function());
    }

    /**
     * What a call in {@code caller}'s body resolves to among the project's functions, under the
     * body's search_path, by argument count and the types of literal, cast and variable arguments.
     */
    public Resolution resolveCall(FunctionDef caller, Expr.FunctionCall call) {
        return overloads.call(call.name(), call.arguments(), call.positionalArguments(), VariableTypes.of(caller),
                procedureCalls(caller).contains(call), caller.bodySearchPath());
    }

    /** The calls of CALL statements in a body: they name procedures, where other calls name functions. */
    private static Set<Expr.FunctionCall> procedureCalls(FunctionDef function) {
        Set<Expr.FunctionCall> calls = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node node : function.bodyNodes()) {
            AstVisitor.collect(node, Statement.Call.class).forEach(call -> calls.add(call.call()));
        }
        return calls;
    }

    /**
     * The table a name in a query refers to, among those the scripts create, with its unique keys;
     * null when the scripts create none or several that fit (it may exist outside the project).
     */
    public TableDef table(QualifiedName name) {
        return tables.find(name);
    }

    /** The search_path in effect when {@code statement} runs, as the scripts set it. */
    public SearchPath searchPathAt(ExecutedStatement statement) {
        return searchPaths.getOrDefault(statement, SearchPath.DEFAULT);
    }

    /**
     * The calls in {@code function}'s body that resolve to none of the project's functions, in
     * source order: calls of built-ins and of functions the analysed files do not define, calls
     * whose arguments no function of that name takes, and calls that several fit equally well,
     * which evtlint does not guess between.
     */
    public List<UnresolvedCall> unresolvedCalls(FunctionDef function) {
        return unresolved.getOrDefault(function, List.of());
    }

    /**
     * A call that no function of the project is known to answer; {@code candidates} are the
     * functions that fit it equally well, empty when none fits; {@code offPath}, when none fits, the
     * functions that would take it but are in schemas the caller's search_path does not search.
     */
    public record UnresolvedCall(Expr.FunctionCall call, List<FunctionDef> candidates, List<FunctionDef> offPath) {
        public boolean isAmbiguous() {
            return candidates.size() > 1;
        }
    }

    /** The nodes of a function body that calls can appear in: the PL/pgSQL block, or the statements of a SQL body. */
    private void linkCalls() {
        for (FunctionDef caller : functions) {
            List<CallSite> sites = new ArrayList<>();
            List<UnresolvedCall> unclear = new ArrayList<>();
            Set<Expr.FunctionCall> procedureCalls = procedureCalls(caller);
            Map<String, String> variables = VariableTypes.of(caller);
            for (Node node : caller.bodyNodes()) {
                for (Expr.FunctionCall call : AstVisitor.collect(node, Expr.FunctionCall.class)) {
                    Resolution resolution = overloads.call(call.name(), call.arguments(), call.positionalArguments(),
                            variables, procedureCalls.contains(call), caller.bodySearchPath());
                    if (resolution.function() != null) {
                        sites.add(new CallSite(caller, call, resolution.function()));
                    } else {
                        List<FunctionDef> offPath = resolution.candidates().isEmpty()
                                ? overloads.offPath(call.name(), call.arguments(), call.positionalArguments(), variables,
                                        procedureCalls.contains(call), caller.bodySearchPath())
                                : List.of();
                        unclear.add(new UnresolvedCall(call, resolution.candidates(), offPath));
                    }
                }
            }
            callees.put(caller, Collections.unmodifiableList(sites));
            if (!unclear.isEmpty()) {
                unresolved.put(caller, List.copyOf(unclear));
            }
        }
    }

    private Map<FunctionDef, List<EventTriggerDef>> reachability(List<EventTriggerDef> triggers) {
        // Lists, not sets: a set would hash each trigger with its function's whole body. Each
        // function is reached once per trigger, so a trigger is added to a function's list once.
        Map<FunctionDef, List<EventTriggerDef>> reached = new IdentityHashMap<>();
        for (EventTriggerDef trigger : triggers) {
            if (trigger.function() == null) {
                continue;
            }
            for (FunctionDef function : reachableFrom(trigger.function(), any -> true)) {
                reached.computeIfAbsent(function, f -> new ArrayList<>()).add(trigger);
            }
        }
        Map<FunctionDef, List<EventTriggerDef>> result = new IdentityHashMap<>();
        reached.forEach((function, reaching) -> result.put(function, List.copyOf(reaching)));
        return result;
    }
}
