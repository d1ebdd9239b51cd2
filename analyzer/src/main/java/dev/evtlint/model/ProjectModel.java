package dev.evtlint.model;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.layout.ExtensionScripts;
import dev.evtlint.script.ScriptFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The whole project as its scripts build it when run in order: functions (with every later ALTER
 * FUNCTION applied), event triggers (with renames, enable states and drops applied), and the calls
 * between functions. Each function and event trigger belongs to the database it was created in
 * ({@link Database}, which psql's {@code \connect} changes): a trigger executes a function of its
 * own database, fires in the order of its own database's triggers, and a function's calls
 * resolve among its own database's functions. Built once per run; rules only read it.
 */
public final class ProjectModel {
    /** The lookups of a database the scripts define no function in. */
    private static final Overloads NO_FUNCTIONS = new Overloads(List.of());
    private final List<ScriptFile> files;
    private final List<ExecutedStatement> executed;
    private final List<FunctionDef> functions;
    private final List<EventTriggerDef> eventTriggers;
    /** {@code eventTriggers}, then the triggers as they stood while they ran each retired definition. */
    private final List<EventTriggerDef> triggerRuns;
    /** {@code functions}, then the retired definitions that are not also among them. */
    private final List<FunctionDef> definitions;
    private final List<FunctionDef> triggerFunctions;
    /** The retired definitions whose CREATE FUNCTION is not also one of {@code functions}', for {@link #definitionEndAround}. */
    private final List<RetiredDefinition> retiredOnly;
    private final List<EventTriggerCreation> creations;
    private final Map<FunctionDef, List<CallSite>> callees = new IdentityHashMap<>();
    private final Map<FunctionDef, List<UnresolvedCall>> unresolved = new IdentityHashMap<>();
    private final Map<FunctionDef, List<EventTriggerDef>> reachingTriggers;
    /** For each function, the first trigger of each event in its {@link #reachingTriggers} list. */
    private final Map<FunctionDef, Map<String, EventTriggerDef>> firstReachingByEvent;
    private final Map<ExecutedStatement, Replay.TriggerDependents> triggerDependents;
    private final SearchPathChanges searchPaths;
    /** The replays as each script that creates event triggers leaves them, for running that script again. */
    private final Map<ScriptFile, DatabaseReplays> afterScript;
    private final Map<Statement, List<FunctionDef>> installerCalls;
    /** The databases statements run in, in order of the first statement each runs. */
    private final List<Database> databases;
    /** The database of each function, by identity. */
    private final Map<Integer, Database> functionDatabases;
    private final Map<EventTriggerDef, Database> triggerDatabases;
    /** The triggers of each database, in order of creation: asked for per database and event, they are not searched among all. */
    private final Map<Database, List<EventTriggerDef>> triggersByDatabase = new HashMap<>();
    private final Map<Database, Overloads> overloads = new HashMap<>();
    private final Map<Database, Tables> tables = new HashMap<>();
    private final Map<Statement, List<Database>> statementDatabases = new IdentityHashMap<>();
    private final Inclusions inclusions;
    private int functionsWalkedForReachability;
    /** Where each executed statement stands, for {@link #searchPathAt}: null until asked. */
    private Map<ExecutedStatement, Integer> executedPositions;
    /** How many statements the index of positions looked at: for tests of its cost. */
    private int statementsIndexedForSearchPaths;

    private ProjectModel(List<ScriptFile> files, List<ExecutedStatement> executed, DatabaseReplays.Contents contents,
                         Map<ExecutedStatement, Replay.TriggerDependents> triggerDependents,
                         SearchPathChanges searchPaths, Map<ScriptFile, DatabaseReplays> afterScript,
                         Map<Statement, List<FunctionDef>> installerCalls, Inclusions inclusions,
                         List<EventTriggerCreation> creations) {
        List<RetiredDefinition> retired = contents.retired();
        this.files = List.copyOf(files);
        this.inclusions = inclusions;
        this.executed = executed;
        this.triggerDependents = triggerDependents;
        this.searchPaths = searchPaths;
        this.afterScript = afterScript;
        this.installerCalls = installerCalls;
        this.functions = List.copyOf(contents.functions());
        this.functionDatabases = contents.functionDatabases();
        this.triggerDatabases = contents.triggerDatabases();
        this.databases = executed.stream().map(ExecutedStatement::database).distinct().toList();
        for (ExecutedStatement statement : executed) {
            List<Database> its = statementDatabases.computeIfAbsent(statement.statement(), any -> new ArrayList<>(1));
            if (!its.contains(statement.database())) {
                its.add(statement.database());
            }
        }
        Map<Database, List<FunctionDef>> functionsByDatabase = new HashMap<>();
        this.functions.forEach(function -> functionsByDatabase.computeIfAbsent(databaseOf(function), any -> new ArrayList<>()).add(function));
        functionsByDatabase.forEach((database, its) -> overloads.put(database, new Overloads(its)));
        Map<Database, List<ExecutedStatement>> executedByDatabase = new HashMap<>();
        executed.forEach(statement -> executedByDatabase.computeIfAbsent(statement.database(), any -> new ArrayList<>()).add(statement));
        executedByDatabase.forEach((database, its) -> tables.put(database, new Tables(its)));
        this.eventTriggers = List.copyOf(contents.triggers());
        eventTriggers.forEach(trigger -> triggersByDatabase.computeIfAbsent(databaseOf(trigger), any -> new ArrayList<>()).add(trigger));
        this.creations = creations;
        linkCalls(retired);
        List<EventTriggerDef> runs = new ArrayList<>(this.eventTriggers);
        retired.forEach(definition -> runs.addAll(definition.triggers()));
        this.triggerRuns = List.copyOf(runs);
        this.definitions = definitions(this.functions, retired);
        this.reachingTriggers = reachability(this.triggerRuns);
        this.firstReachingByEvent = firstOfEachEvent(this.reachingTriggers);
        this.triggerFunctions = triggerFunctions(retired);
        Set<Statement.CreateFunction> live = Collections.newSetFromMap(new IdentityHashMap<>());
        this.functions.forEach(function -> live.add(function.definition()));
        this.retiredOnly = retired.stream().filter(definition -> !live.contains(definition.definition().definition())).toList();
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
        return build(scriptsInRunOrder, inclusions, (function, tag) -> false);
    }

    /**
     * As {@link #build(List, Inclusions)}, where {@code neverReturnsFor} tells whether every path of a
     * function raises when a command of a tag fires it (the flow analysis's control-flow graph, which
     * depends on the model and so is handed in): an event trigger executing such a function at
     * ddl_command_start vetoes the commands of that tag it fires for, and a DROP it vetoes drops
     * nothing. Without it no trigger vetoes anything.
     */
    public static ProjectModel build(List<ScriptFile> scriptsInRunOrder, Inclusions inclusions,
                                     BiPredicate<FunctionDef, String> neverReturnsFor) {
        List<ScriptFile> files = inclusions.allRunning(scriptsInRunOrder);
        // One walk of every AST finds them, for the recorder and for the rules.
        List<EventTriggerCreation> creations = creations(files);
        Recorder recorder = new Recorder(files, inclusions, creations, neverReturnsFor);
        ScriptWalk.Walked walked = ScriptWalk.of(scriptsInRunOrder, inclusions, recorder);
        recorder.scriptEnded();
        return new ProjectModel(files, walked.statements(), recorder.replays.contents(walked.calledInstallers()), recorder.dependents,
                recorder.searchPaths, recorder.afterScript, recorder.installerCalls, inclusions, creations);
    }

    /** Runs the statements on the replay of their database as the walk reaches them, and keeps what rules ask about. */
    private static final class Recorder implements ScriptWalk.Runner {
        private final DatabaseReplays replays;
        private final Map<ExecutedStatement, Replay.TriggerDependents> dependents = new IdentityHashMap<>();
        private final SearchPathChanges searchPaths = new SearchPathChanges();
        private final Map<ScriptFile, DatabaseReplays> afterScript = new IdentityHashMap<>();
        private final Map<Statement, List<FunctionDef>> installerCalls = new IdentityHashMap<>();
        private final Set<ScriptFile> creating = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<ScriptFile> callingInstallers = Collections.newSetFromMap(new IdentityHashMap<>());
        private ScriptFile script;
        /** How many statements ran before: the position of the next in run order, as the walk lists them. */
        private int statementsRun;

        /** {@code files}: every script that runs; one creates event triggers when it or a script it includes does. */
        Recorder(List<ScriptFile> files, Inclusions inclusions, List<EventTriggerCreation> creations,
                 BiPredicate<FunctionDef, String> neverReturnsFor) {
            replays = new DatabaseReplays(neverReturnsFor, creations);
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
            Replay replay = replays.of(statement);
            searchPaths.record(statementsRun++, replay.searchPathFor(statement));
            Replay.TriggerDependents found = replay.apply(statement);
            if (found != Replay.TriggerDependents.NONE) {
                dependents.put(statement, found);
            }
        }

        @Override
        public List<FunctionDef> installersCalledBy(ExecutedStatement statement) {
            List<FunctionDef> called = replays.of(statement).installersCalledBy(statement);
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
                afterScript.put(script, replays.copy());
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
        inclusions.forEachStatement(script, Database.DEFAULT, (file, statement, database) ->
                statements.add(new ExecutedStatement(file, statement, List.of(), List.of(), List.of(), null, database)));
        return statements;
    }

    /** The databases the scripts run statements in, in order of the first statement each runs. */
    public List<Database> databases() {
        return databases;
    }

    /**
     * The databases {@code statement} runs in, each once (a statement of a script included twice
     * may run in two); empty for one that no script runs, as in the body of an installer nobody calls.
     */
    public List<Database> databasesRunning(Statement statement) {
        return statementDatabases.getOrDefault(statement, List.of());
    }

    /** The database {@code function} was created in. */
    public Database databaseOf(FunctionDef function) {
        return functionDatabases.getOrDefault(function.identity(), Database.DEFAULT);
    }

    /** The database {@code trigger}, one of {@link #eventTriggers()}, was created in. */
    public Database databaseOf(EventTriggerDef trigger) {
        return triggerDatabases.getOrDefault(trigger, Database.DEFAULT);
    }

    private Overloads overloads(Database database) {
        return overloads.getOrDefault(database, NO_FUNCTIONS);
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
     * The names of the event triggers that {@code drop}, a DROP ... CASCADE in {@code file} that
     * runs in {@code database}, takes with it when the file runs a second time: of those the first
     * run left there (the state after the file, as {@link #eventTriggersDroppedBy} judges it), the
     * ones that depend on what it drops. Empty for a file that creates no event trigger.
     */
    public Set<String> eventTriggersDroppedOnRerun(ScriptFile file, Statement.DropObject drop, Database database) {
        DatabaseReplays after = afterScript.get(file);
        if (after == null) {
            return Set.of();
        }
        ExecutedStatement again = new ExecutedStatement(file, drop, List.of(), List.of(), List.of(), null, database);
        Set<String> names = new HashSet<>();
        after.copy().of(again).apply(again).dropped().forEach(trigger -> names.add(trigger.name()));
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
     * Every definition the call graph links ({@link #callees}): {@link #functions()}, then the
     * earlier definitions that event triggers ran until a later statement replaced or dropped them
     * (see {@link #triggerFunctions()}).
     */
    public List<FunctionDef> definitions() {
        return definitions;
    }

    private static List<FunctionDef> definitions(List<FunctionDef> functions, List<RetiredDefinition> retired) {
        Set<FunctionDef> live = Collections.newSetFromMap(new IdentityHashMap<>());
        live.addAll(functions);
        List<FunctionDef> all = new ArrayList<>(functions);
        retired.stream().map(RetiredDefinition::definition).filter(live::add).forEach(all::add);
        return List.copyOf(all);
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
     * The triggers of {@code database} that fire on {@code event}, in the order they fire: PostgreSQL
     * sorts them by name, comparing bytes (so {@code trg_10} fires before {@code trg_2}, and {@code Z}
     * before {@code a}). A normal session runs triggers enabled with ENABLE or ENABLE ALWAYS; a
     * session with {@code session_replication_role = replica} those with ENABLE REPLICA or ENABLE
     * ALWAYS. The triggers of other databases never fire there.
     */
    public List<EventTriggerDef> firingOrder(String event, boolean replicaSession, Database database) {
        return triggersByDatabase.getOrDefault(database, List.of()).stream()
                .filter(t -> !t.possible() && t.event().equals(event) && t.firesIn(replicaSession))
                .sorted(Comparator.comparing(t -> t.name().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned))
                .toList();
    }

    /**
     * The first of {@link #triggersReaching} whose event is {@code event}, or null: rules ask it of
     * every function a trigger runs, and a scan of the list per function was N squared for N
     * triggers sharing one chain of N functions.
     */
    public EventTriggerDef firstTriggerReaching(FunctionDef function, String event) {
        return firstReachingByEvent.getOrDefault(function, Map.of()).get(event);
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

    /**
     * Where the earlier definition of a trigger function that encloses {@code range} of
     * {@code file} stopped running under event triggers (see {@link #triggerFunctions()}); empty
     * where no such definition encloses it. What a finding in a replaced body points to, to tell
     * why it matters.
     */
    public Optional<DefinitionEnd> definitionEndAround(SourceFile file, SourceRange range) {
        return retiredOnly.stream()
                .filter(retired -> retired.definition().file().equals(file) && retired.definition().definition().range().contains(range))
                .map(RetiredDefinition::end).findFirst();
    }

    /**
     * Every trigger with the function definition it runs: {@link #eventTriggers()}, then each
     * trigger as it stood while it ran a definition that a later statement replaced or dropped
     * (CREATE OR REPLACE keeps the function's OID, so the trigger ran the earlier body until then),
     * with that definition as its function. The roots of what triggers run, for analyses of calls.
     */
    public List<EventTriggerDef> triggerRuns() {
        return triggerRuns;
    }

    /**
     * The function definitions some event trigger runs, directly or through calls: those of
     * {@link #functions()} in order of definition, then each earlier definition that triggers ran
     * until a later statement replaced or dropped it (in a migration history, every database between
     * the two versions runs it), and the helpers it called as they stood then. Each CREATE FUNCTION
     * statement counts once. A definition replaced before any trigger ran it is not among them.
     */
    public List<FunctionDef> triggerFunctions() {
        return triggerFunctions;
    }

    private List<FunctionDef> triggerFunctions(List<RetiredDefinition> retired) {
        List<FunctionDef> found = new ArrayList<>(functions.stream().filter(reachingTriggers::containsKey).toList());
        Set<Statement.CreateFunction> statements = Collections.newSetFromMap(new IdentityHashMap<>());
        found.forEach(function -> statements.add(function.definition()));
        for (RetiredDefinition definition : retired) {
            reachableFrom(definition.definition(), function -> true).stream()
                    .filter(function -> statements.add(function.definition())).forEach(found::add);
        }
        return List.copyOf(found);
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
                && ExtensionScripts.isUpdateScript(function.file())).toList();
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
     * argument count, among the functions of {@code database} under the default search_path;
     * empty when none or several fit.
     */
    public Optional<FunctionDef> resolve(QualifiedName name, int argumentCount, Database database) {
        return Optional.ofNullable(overloads(database).call(name, argumentCount, SearchPath.DEFAULT).function());
    }

    /**
     * The table a name in a query in {@code database} refers to, among those the scripts create there,
     * with its unique keys; null when the scripts create none or several that fit (it may exist
     * outside the project).
     */
    public TableDef table(QualifiedName name, Database database) {
        Tables its = tables.get(database);
        return its == null ? null : its.find(name);
    }

    /**
     * The search_path in effect when {@code statement}, one of {@link #executedStatements()}, runs, as
     * the scripts set it. Found by the statement's position in run order (by identity: a function
     * body that runs twice gives equal statements), from an index of the positions built at the
     * first question: a scan per question made EVT604's N blocked DROPs N squared.
     */
    public SearchPath searchPathAt(ExecutedStatement statement) {
        Integer position = executedPositions().get(statement);
        return position == null ? SearchPath.DEFAULT : searchPaths.at(position);
    }

    /** Where each executed statement first stands in run order; the rules ask from several threads. */
    private synchronized Map<ExecutedStatement, Integer> executedPositions() {
        if (executedPositions == null) {
            executedPositions = new IdentityHashMap<>();
            for (int position = 0; position < executed.size(); position++) {
                executedPositions.putIfAbsent(executed.get(position), position);
            }
            statementsIndexedForSearchPaths += executed.size();
        }
        return executedPositions;
    }

    int statementsIndexedForSearchPaths() {
        return statementsIndexedForSearchPaths;
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

    /**
     * Links the calls of the functions that exist at the end among them, and those of each retired
     * definition as its own replay resolved them, when it last ran.
     */
    private void linkCalls(List<RetiredDefinition> retired) {
        for (FunctionDef caller : functions) {
            link(caller, CallLinks.of(caller, overloads(databaseOf(caller))));
        }
        // An extension dropped and created again brings the same definition back: it is linked once.
        retired.stream().filter(definition -> !callees.containsKey(definition.definition()))
                .forEach(definition -> link(definition.definition(), definition.calls()));
    }

    private void link(FunctionDef caller, CallLinks links) {
        callees.put(caller, links.sites());
        if (!links.unresolved().isEmpty()) {
            unresolved.put(caller, links.unresolved());
        }
    }

    /**
     * The triggers that reach each function, in the order of {@code triggers}. The call graph is walked
     * once per function that triggers run, not once per trigger, and functions reached from the same
     * such functions share one list: N triggers running one function that calls a chain of N
     * functions listed every trigger for every function of the chain, N squared in time and memory.
     * A trigger that also ran an earlier definition reaching the function is listed once (by its
     * CREATE EVENT TRIGGER), as it stands first in {@code triggers}, which list those that still exist first.
     */
    private Map<FunctionDef, List<EventTriggerDef>> reachability(List<EventTriggerDef> triggers) {
        // By identity: hashing a function or trigger would hash its whole body.
        Map<FunctionDef, List<Integer>> triggersByRoot = new IdentityHashMap<>();
        for (int i = 0; i < triggers.size(); i++) {
            if (triggers.get(i).function() != null) {
                triggersByRoot.computeIfAbsent(triggers.get(i).function(), root -> new ArrayList<>()).add(i);
            }
        }
        List<FunctionDef> roots = triggersByRoot.keySet().stream()
                .sorted(Comparator.comparingInt(root -> triggersByRoot.get(root).get(0))).toList();
        // Each function's roots (by position in roots), in order: the key of the list it shares.
        Map<FunctionDef, List<Integer>> rootsReaching = new IdentityHashMap<>();
        for (int root = 0; root < roots.size(); root++) {
            List<FunctionDef> reached = reachableFrom(roots.get(root), any -> true);
            functionsWalkedForReachability += reached.size();
            for (FunctionDef function : reached) {
                rootsReaching.computeIfAbsent(function, any -> new ArrayList<>(1)).add(root);
            }
        }
        Map<List<Integer>, List<EventTriggerDef>> shared = new HashMap<>();
        Map<FunctionDef, List<EventTriggerDef>> result = new IdentityHashMap<>();
        rootsReaching.forEach((function, itsRoots) -> result.put(function, shared.computeIfAbsent(itsRoots, key -> {
            List<Integer> positions = new ArrayList<>();
            key.forEach(index -> positions.addAll(triggersByRoot.get(roots.get(index))));
            return eachCreationOnce(triggers, positions);
        })));
        return result;
    }

    /** Each function's first trigger per event, worked out once per list the functions share. */
    private static Map<FunctionDef, Map<String, EventTriggerDef>> firstOfEachEvent(
            Map<FunctionDef, List<EventTriggerDef>> reaching) {
        Map<List<EventTriggerDef>, Map<String, EventTriggerDef>> perList = new IdentityHashMap<>();
        Map<FunctionDef, Map<String, EventTriggerDef>> result = new IdentityHashMap<>();
        reaching.forEach((function, triggers) -> result.put(function, perList.computeIfAbsent(triggers, list -> {
            Map<String, EventTriggerDef> first = new HashMap<>();
            list.forEach(trigger -> first.putIfAbsent(trigger.event(), trigger));
            return Map.copyOf(first);
        })));
        return result;
    }

    /** The triggers at {@code positions} of {@code triggers}, in that order, the first of each CREATE EVENT TRIGGER only. */
    private static List<EventTriggerDef> eachCreationOnce(List<EventTriggerDef> triggers, List<Integer> positions) {
        Collections.sort(positions);
        Set<Statement.CreateEventTrigger> listed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<EventTriggerDef> once = new ArrayList<>();
        for (int position : positions) {
            if (listed.add(triggers.get(position).definition())) {
                once.add(triggers.get(position));
            }
        }
        return List.copyOf(once);
    }

    /** How many functions the walks of {@link #reachability} visited, over all of them: for tests of its cost. */
    int functionsWalkedForReachability() {
        return functionsWalkedForReachability;
    }
}
