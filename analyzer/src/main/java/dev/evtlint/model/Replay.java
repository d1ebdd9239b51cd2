package dev.evtlint.model;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.layout.ExtensionScripts;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Replays definitions in run order: functions by name and input types, event triggers, and the
 * search_path that unqualified names are resolved with at each statement. One replay is one
 * database's ({@link DatabaseReplays}).
 */
final class Replay {
    private static final Set<String> ROUTINE_KINDS = Set.of("FUNCTION", "PROCEDURE", "ROUTINE");
    private final List<FunctionDef> functions = new ArrayList<>();
    /**
     * Every name a function in {@code functions} has had: a new name needs no search for the
     * function it replaces, which keeps scripts of many thousand functions linear.
     */
    private final Set<String> namesEverDefined = new HashSet<>();
    /**
     * Lookups among {@code functions} and where each function identity sits in it, kept in step as
     * functions are added and replaced (null until asked for, and again after a rename or a DROP):
     * building them anew for every statement made a script of many functions and triggers quadratic.
     */
    private Overloads lookups;
    private Map<Integer, Integer> positions;
    private FirstDefinitions firstDefinitions;
    /** Which functions are installers, as far as asked: null until asked for, and again after any function changes. */
    private MemoisedReach<FunctionDef> installerClosure;
    /** How many function bodies the installer closure looked into, over the whole replay: for tests of its cost. */
    private int bodiesLookedInto;
    private final TriggerSlots triggers = new TriggerSlots();
    /** Which definition of each function the triggers ran, for {@code retired}. */
    private final TriggerRuns runs;
    /** The definitions triggers ran that a later statement replaced or dropped, in that order. */
    private final List<RetiredDefinition> retired = new ArrayList<>();
    /**
     * The CREATE FUNCTION statements that run only under a condition (an IF branch of a DO block,
     * say): whether such a definition ever stood is not known, and alternatives in the branches of
     * one IF (one per server version) never replace one another, as the replay makes them do.
     */
    private final Set<Statement.CreateFunction> conditionalDefinitions = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The first CREATE EVENT TRIGGER of each name in the scripts, wherever it stands, for {@link #presumeCreatedElsewhere}. */
    private final Map<String, EventTriggerCreation> creationsByName = new HashMap<>();
    /** The names of the event triggers created so far. */
    private final Set<String> createdTriggerNames = new HashSet<>();
    /**
     * The functions of the extensions a DROP EXTENSION removed, by extension: CREATE EXTENSION runs
     * the extension's script again and brings them back, as {@code DROP EXTENSION IF EXISTS e
     * CASCADE; CREATE EXTENSION e;} does.
     */
    private final Map<String, List<FunctionDef>> uninstalled = new HashMap<>();
    private final SessionPath path;
    /** The identity of the next new function, shared by the replays of all databases: identities are the project's. */
    private final AtomicInteger nextIdentity;
    /** Whether some function defined so far is an installer: only then are calls looked into. */
    private boolean installersDefined;

    /** Whether a function never returns when a command of a tag fires it: every path of its body raises (the flow analysis knows). */
    private final BiPredicate<FunctionDef, String> neverReturnsFor;

    /** {@code creations}: every CREATE EVENT TRIGGER of the scripts, in run order. */
    Replay(BiPredicate<FunctionDef, String> neverReturnsFor, AtomicInteger nextIdentity, List<EventTriggerCreation> creations) {
        path = new SessionPath();
        runs = new TriggerRuns();
        this.neverReturnsFor = neverReturnsFor;
        this.nextIdentity = nextIdentity;
        creations.forEach(creation -> creationsByName.putIfAbsent(creation.name(), creation));
    }

    private Replay(Replay original, AtomicInteger nextIdentity) {
        functions.addAll(original.functions);
        namesEverDefined.addAll(original.namesEverDefined);
        triggers.putAll(original.triggers);
        runs = original.runs.copy();
        retired.addAll(original.retired);
        conditionalDefinitions.addAll(original.conditionalDefinitions);
        creationsByName.putAll(original.creationsByName);
        createdTriggerNames.addAll(original.createdTriggerNames);
        original.uninstalled.forEach((extension, members) -> uninstalled.put(extension, List.copyOf(members)));
        path = original.path.copy();
        neverReturnsFor = original.neverReturnsFor;
        this.nextIdentity = nextIdentity;
        installersDefined = original.installersDefined;
    }

    /** A replay that goes on from this one's state without changing it, taking identities from {@code nextIdentity}. */
    Replay copy(AtomicInteger nextIdentity) {
        return new Replay(this, nextIdentity);
    }

    /** psql connected to this database anew: the next statement starts a session of its own. */
    void reconnected() {
        path.leave();
    }

    /**
     * The event triggers that depend on what a DROP of a function, schema or extension removes: with
     * CASCADE it {@code dropped} them; without, they are {@code blocking} it, and it fails and
     * changes nothing ({@code cannot drop function f() because other objects depend on it}).
     */
    record TriggerDependents(List<EventTriggerDef> dropped, List<EventTriggerDef> blocking) {
        static final TriggerDependents NONE = new TriggerDependents(List.of(), List.of());
    }

    /** Applies one statement; returns the event triggers that depend on what it drops. */
    TriggerDependents apply(ExecutedStatement executed) {
        enter(executed);
        SourceFile file = executed.file().source();
        Statement statement = executed.statement();
        if (statement instanceof Statement.CreateFunction create) {
            if (!executed.conditions().isEmpty()) {
                conditionalDefinitions.add(create);
            }
            define(FunctionDef.of(nextIdentity.get(), file, create, path.current()));
        } else if (statement instanceof Statement.AlterFunction alter) {
            alter(file, alter);
        } else if (statement instanceof Statement.DropObject drop) {
            return drop(file, drop);
        } else if (statement instanceof Statement.CreateEventTrigger create) {
            // A CREATE of a name that exists fails ("already exists") and leaves the first trigger as
            // it was; one whose WHEN clause the server refuses creates nothing.
            String name = create.name().name();
            if (!triggers.contains(name) && !EventTriggerDef.refusedByItsDefinition(create)) {
                FunctionDef function = overloads().reference(create.function(), List.of(), path.current()).function();
                TriggerSlot slot = new TriggerSlot(new EventTriggerDef(file, create, name, EventTriggerDef.EnableState.ORIGIN,
                        null, false), function == null ? -1 : function.identity(), path.current());
                triggers.put(name, slot);
                createdTriggerNames.add(name);
                runs.changed(name, slot.trigger(), slot.functionIdentity());
            }
        } else if (statement instanceof Statement.CreateExtension create) {
            uninstalled.getOrDefault(create.name().name(), List.of()).forEach(this::define);
            uninstalled.remove(create.name().name());
        } else if (statement instanceof Statement.AlterEventTrigger alter) {
            alterTrigger(alter);
        } else if (statement instanceof Statement.DropEventTrigger drop) {
            drop.names().forEach(name -> {
                triggers.remove(name.name());
                runs.stopped(name.name());
            });
        } else {
            path.apply(statement);
        }
        return TriggerDependents.NONE;
    }

    /**
     * A statement of a script starts its script's session; one in a called function's body runs in
     * the session of the script that called it.
     */
    private void enter(ExecutedStatement executed) {
        if (executed.function() == null) {
            path.enter(executed.file());
        }
    }

    /**
     * The installers {@code executed} calls in a query or with CALL: functions that create, alter or
     * drop event triggers (in an EXECUTE evtlint could read too), directly or through the functions
     * they call. Those that only remove them (uninstallers) count as well.
     */
    List<FunctionDef> installersCalledBy(ExecutedStatement executed) {
        Statement statement = executed.statement();
        if (!installersDefined || !(statement instanceof Statement.Select || statement instanceof Statement.Call)) {
            return List.of();
        }
        // Most calls in scripts are of built-ins: those need no index of the project's functions.
        if (AstVisitor.collect(statement, Expr.FunctionCall.class).stream()
                .noneMatch(call -> namesEverDefined.contains(call.name().name()))) {
            return List.of();
        }
        enter(executed);
        Map<String, String> variables = executed.function() == null ? Map.of() : VariableTypes.of(executed.function());
        Overloads overloads = overloads();
        List<FunctionDef> installers = new ArrayList<>();
        for (FunctionDef function : calledBy(statement, variables, path.current(), overloads)) {
            if (installers().reaches(function) && !installers.contains(function)) {
                installers.add(function);
            }
        }
        return installers;
    }

    /**
     * The installers among the functions as they are now: those that create, alter or drop event
     * triggers, or call one that does, directly or through others. Kept while no function changes,
     * so that a chain of N installers, each of whose bodies the walk runs, costs N and not N squared.
     */
    private MemoisedReach<FunctionDef> installers() {
        if (installerClosure == null) {
            Overloads overloads = overloads();
            installerClosure = new MemoisedReach<>(function -> {
                bodiesLookedInto++;
                return calledByBody(function, overloads);
            }, Replay::changesEventTriggers, false);
        }
        return installerClosure;
    }

    int bodiesLookedIntoForInstallers() {
        return bodiesLookedInto;
    }

    /** How many triggers the DROPs replayed so far looked at: for tests of their cost. */
    int triggersLookedAtByDrops() {
        return triggers.slotsHandedOut();
    }

    /** The functions {@code function}'s body calls, under the body's search_path and its variables' types. */
    private static List<FunctionDef> calledByBody(FunctionDef function, Overloads overloads) {
        Map<String, String> variables = VariableTypes.of(function);
        List<FunctionDef> called = new ArrayList<>();
        function.bodyNodes().forEach(node -> called.addAll(calledBy(node, variables, function.bodySearchPath(), overloads)));
        return called;
    }

    /** Whether the function's own body creates, alters or drops event triggers. */
    private static boolean changesEventTriggers(FunctionDef function) {
        return function.bodyNodes().stream().flatMap(node -> AstVisitor.collect(node, Statement.class).stream())
                .anyMatch(statement -> statement instanceof Statement.CreateEventTrigger
                        || statement instanceof Statement.AlterEventTrigger || statement instanceof Statement.DropEventTrigger);
    }

    /** The project's functions the calls in {@code node} resolve to, procedures for CALL statements. */
    private static List<FunctionDef> calledBy(Node node, Map<String, String> variables, SearchPath searchPath,
                                              Overloads overloads) {
        Set<Expr.FunctionCall> procedureCalls = Collections.newSetFromMap(new IdentityHashMap<>());
        AstVisitor.collect(node, Statement.Call.class).forEach(call -> procedureCalls.add(call.call()));
        List<FunctionDef> called = new ArrayList<>();
        for (Expr.FunctionCall call : AstVisitor.collect(node, Expr.FunctionCall.class)) {
            FunctionDef function = overloads.call(call.name(), call.arguments(), call.positionalArguments(), variables, procedureCalls.contains(call),
                    searchPath).function();
            if (function != null) {
                called.add(function);
            }
        }
        return called;
    }

    /**
     * The event triggers that functions the scripts never call would create (each name once, and
     * none the scripts create): someone may call such an installer by hand later, so each is a
     * {@linkplain EventTriggerDef#possible() possible} trigger, executing the function its name
     * finds from the installer's body.
     */
    List<EventTriggerDef> possibleTriggers(Set<Integer> calledInstallers) {
        Map<String, EventTriggerDef> possible = new LinkedHashMap<>();
        Overloads overloads = overloads();
        for (FunctionDef installer : functions) {
            if (calledInstallers.contains(installer.identity())) {
                continue;
            }
            List<Statement.CreateEventTrigger> creates = installer.bodyNodes().stream()
                    .flatMap(node -> AstVisitor.collect(node, Statement.CreateEventTrigger.class).stream()).toList();
            for (Statement.CreateEventTrigger create : creates) {
                String name = create.name().name();
                if (!triggers.contains(name) && !possible.containsKey(name)) {
                    FunctionDef function = overloads.reference(create.function(), List.of(), installer.bodySearchPath()).function();
                    possible.put(name, new EventTriggerDef(installer.file(), create, name,
                            EventTriggerDef.EnableState.ORIGIN, function, true));
                }
            }
        }
        return List.copyOf(possible.values());
    }

    /** Lookups among the functions as they are now. */
    private Overloads overloads() {
        if (lookups == null) {
            lookups = new Overloads(functions);
        }
        return lookups;
    }

    /** Where the function of that identity sits in {@code functions}. */
    private int position(int identity) {
        if (positions == null) {
            positions = new HashMap<>();
            for (int i = 0; i < functions.size(); i++) {
                positions.put(functions.get(i).identity(), i);
            }
        }
        return positions.getOrDefault(identity, -1);
    }

    /** Puts {@code now} where {@code old} was: the same function (identity) after a CREATE OR REPLACE or an ALTER. */
    private void replace(FunctionDef old, FunctionDef now) {
        functions.set(position(old.identity()), now);
        installerClosure = null;
        if (lookups != null && old.name().equals(now.name())) {
            lookups.replace(old, now);
        } else {
            lookups = null;
        }
        if (!FirstDefinitions.keysOf(old).equals(FirstDefinitions.keysOf(now))) {
            firstDefinitions = null;
        }
    }

    private FirstDefinitions firstDefinitions() {
        if (firstDefinitions == null) {
            firstDefinitions = new FirstDefinitions();
            functions.forEach(firstDefinitions::add);
        }
        return firstDefinitions;
    }

    /**
     * The function a new definition of {@code function} would meet: the first, in order of
     * definition, of its name and input types in its schema or in none (an unqualified one meets
     * any schema's). Indexed by those keys: a name defined in 100,000 schemas made a scan of the
     * name's functions per definition quadratic.
     */
    private final class FirstDefinitions {
        private record Key(String name, List<String> argumentTypes, String schema) {
        }

        /** By name, input types and schema (null: unqualified). */
        private final Map<Key, Integer> inSchema = new HashMap<>();
        /** By name and input types, whatever the schema. */
        private final Map<Key, Integer> inAnySchema = new HashMap<>();

        static List<Key> keysOf(FunctionDef function) {
            return List.of(new Key(function.name(), function.argumentTypes(), function.schema()),
                    new Key(function.name(), function.argumentTypes(), null));
        }

        void add(FunctionDef function) {
            List<Key> keys = keysOf(function);
            inSchema.putIfAbsent(keys.get(0), function.identity());
            inAnySchema.putIfAbsent(keys.get(1), function.identity());
        }

        FunctionDef sameAs(FunctionDef function) {
            List<Key> keys = keysOf(function);
            if (function.schema() == null) {
                return at(inAnySchema.get(keys.get(1)));
            }
            FunctionDef sameSchema = at(inSchema.get(keys.get(0)));
            FunctionDef unqualified = at(inSchema.get(keys.get(1)));
            if (sameSchema == null || unqualified == null) {
                return sameSchema == null ? unqualified : sameSchema;
            }
            return position(sameSchema.identity()) < position(unqualified.identity()) ? sameSchema : unqualified;
        }

        private FunctionDef at(Integer identity) {
            return identity == null ? null : functions.get(position(identity));
        }
    }

    /** The search_path in effect when {@code executed}, the next statement to apply, runs. */
    SearchPath searchPathFor(ExecutedStatement executed) {
        enter(executed);
        return path.current();
    }

    private void define(FunctionDef function) {
        installersDefined |= changesEventTriggers(function);
        if (namesEverDefined.contains(function.name())) {
            FunctionDef existing = firstDefinitions().sameAs(function);
            if (existing != null) {
                // Without OR REPLACE the statement fails with "function ... already exists" and
                // the definition in force stays. Across files a project often holds alternatives
                // that never run in one database (a legacy copy, another install script of an
                // extension; a migration tool would stop at the failure), so there the later wins.
                // OR REPLACE that changes the return type fails at run time ("cannot change return
                // type of existing function") and leaves the definition in force too; across files
                // the later wins all the same, as above.
                FunctionDef replaced = existing.replacedBy(function);
                if ((!existing.file().equals(function.file())
                        || function.definition().orReplace() && !existing.returnTypeChangedBy(function))
                        && !undoesItself(existing, replaced)) {
                    retire(existing, new DefinitionEnd(function.file(), function.definition()));
                    replace(existing, replaced);
                }
                return;
            }
        }
        functions.add(function);
        installerClosure = null;
        if (positions != null) {
            positions.put(function.identity(), functions.size() - 1);
        }
        if (lookups != null) {
            lookups.add(function);
        }
        if (firstDefinitions != null) {
            firstDefinitions.add(function);
        }
        namesEverDefined.add(function.name());
        nextIdentity.incrementAndGet();
    }

    private void alter(SourceFile file, Statement.AlterFunction alter) {
        List<String> types = alter.parameters() == null ? null : FunctionDef.inputTypes(alter.parameters());
        FunctionDef function = overloads().reference(alter.name(), types, path.current()).function();
        if (function == null) {
            return;
        }
        List<Part.ConfigSetting> settings = new ArrayList<>(function.settings());
        settings.removeIf(setting -> alter.resets().contains("all") || alter.resets().contains(setting.name().toString()));
        settings.addAll(alter.settings());
        FunctionDef altered = alter.securityDefiner() == null
                ? function.altered(function.securityDefinerFile(), function.securityDefiner(), settings)
                : function.altered(file, alter.securityDefiner() ? alter.range() : null, settings);
        if (alter.newName() != null) {
            altered = altered.renamed(alter.newName().name());
            namesEverDefined.add(altered.name());
        }
        if (alter.newSchema() != null) {
            altered = altered.moved(alter.newSchema().name());
        }
        if (alter.newOwner() != null) {
            altered = altered.ownedBy(alter.newOwner().name());
        }
        replace(function, altered);
    }

    /**
     * DROP of functions, schemas and extensions. An event trigger depends on its function, so
     * CASCADE drops the triggers whose function goes, and without CASCADE they make the DROP fail;
     * an extension's own triggers and functions (those its scripts create) go with it in any case.
     */
    private TriggerDependents drop(SourceFile file, Statement.DropObject drop) {
        if (triggers.atCommandStart().stream().anyMatch(slot -> vetoes(slot, drop.commandTag()))) {
            return TriggerDependents.NONE;
        }
        String kind = drop.objectKind();
        Predicate<TriggerSlot> member = slot -> false;
        Predicate<TriggerSlot> dependent = slot -> false;
        Predicate<FunctionDef> goes = function -> false;
        List<String> extensions = new ArrayList<>();
        List<Integer> routines = new ArrayList<>();
        if (ROUTINE_KINDS.contains(kind)) {
            for (Part.RoutineRef routine : drop.routines()) {
                List<String> types = routine.parameters() == null ? null : FunctionDef.inputTypes(routine.parameters());
                FunctionDef function = overloads().reference(routine.name(), types, path.current()).function();
                if (function != null) {
                    routines.add(function.identity());
                }
                dependent = dependent.or(slot -> executes(slot, function, routine.name(), types));
                goes = goes.or(f -> f == function);
            }
        }
        for (QualifiedName name : drop.names()) {
            if (kind.equals("SCHEMA")) {
                dependent = dependent.or(slot -> name.name().equals(functionSchema(slot))
                        || isPublic(name) && function(slot).filter(f -> f.schema() == null).isPresent());
                if (drop.cascade()) {
                    goes = goes.or(f -> name.name().equals(f.schema()) || isPublic(name) && f.schema() == null);
                }
            } else if (kind.equals("EXTENSION")) {
                extensions.add(name.name());
                Predicate<TriggerSlot> own = slot -> name.name().equals(ExtensionScripts.extensionName(slot.trigger().file()));
                member = member.or(own);
                dependent = dependent.or(own.negate().and(slot -> function(slot).filter(f -> isMember(f, name)).isPresent()));
                goes = goes.or(f -> isMember(f, name));
            }
        }
        // Only the triggers that may execute a dropped routine depend on a DROP FUNCTION; any may on a schema or an extension.
        Collection<TriggerSlot> concerned = ROUTINE_KINDS.contains(kind) ? triggers.mayExecute(routines) : triggers.all();
        List<EventTriggerDef> dependents = triggers(concerned, dependent.and(member.negate()));
        if (!drop.cascade() && !dependents.isEmpty()) {
            return new TriggerDependents(List.of(), dependents);
        }
        List<EventTriggerDef> dropped = dropTriggers(concerned, drop.cascade() ? member.or(dependent) : member);
        for (String extension : extensions) {
            uninstalled.put(extension, functions.stream().filter(f -> extension.equals(ExtensionScripts.extensionName(f.file()))).toList());
        }
        DefinitionEnd end = new DefinitionEnd(file, drop);
        functions.stream().filter(goes).forEach(function -> {
            retire(function, end);
            triggers.functionRemoved(function.identity());
        });
        if (functions.removeIf(goes)) {
            installerClosure = null;
            lookups = null;
            positions = null;
            firstDefinitions = null;
        }
        return dropped.isEmpty() ? TriggerDependents.NONE : new TriggerDependents(dropped, List.of());
    }

    /**
     * Whether a trigger executes the routine a DROP names: the one the reference found, or, when it
     * found none of the project's, a function of that name and no arguments the scripts never
     * defined (event trigger functions take none).
     */
    private boolean executes(TriggerSlot slot, FunctionDef dropped, QualifiedName name, List<String> types) {
        if (dropped != null) {
            return function(slot).filter(f -> f.identity() == dropped.identity()).isPresent();
        }
        return (types == null || types.isEmpty()) && function(slot).isEmpty() && namesUndefined(slot, name);
    }

    /** The triggers of {@code slots} that {@code matches}, each with the function it executes now. */
    private List<EventTriggerDef> triggers(Collection<TriggerSlot> slots, Predicate<TriggerSlot> matches) {
        List<EventTriggerDef> found = new ArrayList<>();
        for (TriggerSlot slot : slots) {
            if (matches.test(slot)) {
                found.add(slot.trigger().withFunction(function(slot).orElse(null)));
            }
        }
        return found;
    }

    /** Removes the triggers of {@code slots} that {@code goes}; returns them with their functions resolved. */
    private List<EventTriggerDef> dropTriggers(Collection<TriggerSlot> slots, Predicate<TriggerSlot> goes) {
        List<EventTriggerDef> dropped = triggers(slots, goes);
        dropped.forEach(trigger -> {
            triggers.remove(trigger.name());
            runs.stopped(trigger.name());
        });
        return dropped;
    }

    /**
     * The definition in place of {@code ended}'s function ends (a later one replaces it, or a DROP
     * removes it): when triggers ran it, and its CREATE is known to have run, it is kept as a
     * retired definition, with its calls resolved among the functions as they stand now, the last
     * moment it ran.
     */
    private void retire(FunctionDef ended, DefinitionEnd end) {
        List<EventTriggerDef> ran = runs.definitionEnded(ended.identity());
        if (!ran.isEmpty() && !conditionalDefinitions.contains(ended.definition())) {
            retired.add(new RetiredDefinition(ended, ran.stream().map(trigger -> trigger.withFunction(ended)).toList(),
                    CallLinks.of(ended, overloads()), end));
        }
    }

    /**
     * The function a trigger executes: the one it was created with, through renames and
     * replacements; for a trigger created before its function was, the one its name finds now.
     */
    private Optional<FunctionDef> function(TriggerSlot slot) {
        if (slot.functionIdentity() >= 0) {
            int at = position(slot.functionIdentity());
            if (at >= 0) {
                return Optional.of(functions.get(at));
            }
        }
        return Optional.ofNullable(overloads().reference(slot.trigger().definition().function(), List.of(),
                slot.createdUnder()).function());
    }

    /**
     * Whether a CREATE OR REPLACE of {@code existing} rolls back by its own doing: PostgreSQL keeps
     * the function's OID, so a ddl_command_end trigger that executes the function and fires for
     * the statement's tag runs the new body at the statement's own end; when no path of that body
     * returns for the tag, the statement fails and the definition in force stays. A body that fails
     * only for some data may return, and counts as done.
     */
    private boolean undoesItself(FunctionDef existing, FunctionDef replaced) {
        String tag = replaced.definition().commandTag();
        return triggers.mayExecute(List.of(existing.identity())).stream().anyMatch(slot -> firesFor(slot, "ddl_command_end", tag)
                && function(slot).filter(f -> f.identity() == existing.identity()).isPresent()
                && neverReturnsFor.test(replaced, tag));
    }

    /** Whether the trigger fires at {@code event} for commands of {@code tag} in an ordinary session. */
    private static boolean firesFor(TriggerSlot slot, String event, String tag) {
        EventTriggerDef trigger = slot.trigger();
        return trigger.event().equals(event) && trigger.firesIn(false) && (trigger.tags().isEmpty()
                || trigger.tags().stream().anyMatch(t -> CommandTagFacts.asciiUpper(t.value()).equals(tag)));
    }

    /**
     * Whether the trigger makes every command of {@code tag} fail before it changes anything: it
     * fires at ddl_command_start for that tag in an ordinary session, and no path of its function
     * returns for that tag (a guard such as {@code RAISE EXCEPTION 'command % is disabled', tg_tag},
     * also under {@code IF tg_tag IN ('DROP SCHEMA', ...)}). A DROP it vetoes drops nothing, not
     * even the trigger that protects the schema it would drop, and fails with the trigger's error
     * before PostgreSQL looks at what depends on what it would drop.
     */
    private boolean vetoes(TriggerSlot slot, String tag) {
        if (!firesFor(slot, "ddl_command_start", tag)) {
            return false;
        }
        FunctionDef function = function(slot).orElse(null);
        return function != null && neverReturnsFor.test(function, tag);
    }

    /** Whether a trigger whose function the project does not define names {@code name}. */
    private static boolean namesUndefined(TriggerSlot slot, QualifiedName name) {
        QualifiedName reference = slot.trigger().definition().function();
        return reference.name().equals(name.name()) && sameSchema(reference.schema(), name.schema());
    }

    /** The schema of the trigger's function as the scripts name it, or null when they do not. */
    private String functionSchema(TriggerSlot slot) {
        String defined = function(slot).map(FunctionDef::schema).orElse(null);
        return defined != null ? defined : slot.trigger().definition().function().schema();
    }

    /**
     * Whether a dropped schema is public, where functions created under the default search_path
     * (the default schema, null) live unless the migration tool configured another schema.
     */
    private static boolean isPublic(QualifiedName schema) {
        return schema.name().equals("public");
    }

    private static boolean isMember(FunctionDef function, QualifiedName extension) {
        return extension.name().equals(ExtensionScripts.extensionName(function.file()));
    }

    private void alterTrigger(Statement.AlterEventTrigger alter) {
        TriggerSlot slot = triggers.get(alter.name().name());
        if (slot == null) {
            presumeCreatedElsewhere(alter);
            return;
        }
        EventTriggerDef trigger = slot.trigger();
        String newName = trigger.name();
        switch (alter.action()) {
            case ENABLE -> triggers.put(trigger.name(), slot.with(trigger.withState(EventTriggerDef.EnableState.ORIGIN)));
            case ENABLE_REPLICA -> triggers.put(trigger.name(), slot.with(trigger.withState(EventTriggerDef.EnableState.REPLICA)));
            case ENABLE_ALWAYS -> triggers.put(trigger.name(), slot.with(trigger.withState(EventTriggerDef.EnableState.ALWAYS)));
            case DISABLE -> triggers.put(trigger.name(), slot.with(trigger.withState(EventTriggerDef.EnableState.DISABLED)));
            case RENAME -> {
                triggers.remove(trigger.name());
                newName = alter.newName().name();
                triggers.put(newName, slot.with(trigger.renamed(newName)));
            }
            case OWNER -> {
                // ownership does not change what the trigger does
            }
        }
        runs.changed(trigger.name(), triggers.get(newName).trigger(), slot.functionIdentity());
    }

    /**
     * An ALTER EVENT TRIGGER ENABLE or DISABLE of a trigger that the scripts create only later: in
     * the databases the script was applied to, the trigger existed already (created by hand, or by
     * migrations the folder no longer holds; on a fresh database the ALTER fails, as EVT603 says),
     * executing, as far as the scripts show, the function their own CREATE of that name names. Only
     * which definitions it ran follows from that ({@link TriggerRuns}): the triggers as the
     * scripts leave them, which the rules see, are not changed.
     */
    private void presumeCreatedElsewhere(Statement.AlterEventTrigger alter) {
        String name = alter.name().name();
        EventTriggerCreation later = creationsByName.get(name);
        EventTriggerDef.EnableState state = switch (alter.action()) {
            case ENABLE -> EventTriggerDef.EnableState.ORIGIN;
            case ENABLE_REPLICA -> EventTriggerDef.EnableState.REPLICA;
            case ENABLE_ALWAYS -> EventTriggerDef.EnableState.ALWAYS;
            case DISABLE -> EventTriggerDef.EnableState.DISABLED;
            case OWNER, RENAME -> null;
        };
        if (later == null || state == null || createdTriggerNames.contains(name)) {
            return;
        }
        FunctionDef function = overloads().reference(later.statement().function(), List.of(), path.current()).function();
        if (function != null) {
            runs.changed(name, new EventTriggerDef(later.source(), later.statement(), name, state, null, false), function.identity());
        }
    }

    private static boolean sameSchema(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    List<FunctionDef> functions() {
        return List.copyOf(functions);
    }

    /** The triggers as they stand, each with the function it executes now. */
    List<EventTriggerDef> resolvedTriggers() {
        return triggers(triggers.all(), slot -> true);
    }

    /** The definitions triggers ran that a later statement replaced or dropped, in that order. */
    List<RetiredDefinition> retiredDefinitions() {
        return List.copyOf(retired);
    }

    /**
     * The session's search_path as the scripts set it: each script starts from the default (a
     * migration tool runs or resets a session per script, and so does psql's connect command;
     * CREATE EXTENSION sets the extension's schema, which is unknown and so the default schema
     * too), then SET, RESET and set_config() change it. SET LOCAL counts like SET: tools run a migration in one transaction.
     */
    private static final class SessionPath {
        private ScriptFile file;
        private SearchPath current = SearchPath.DEFAULT;

        SessionPath copy() {
            SessionPath copy = new SessionPath();
            copy.file = file;
            copy.current = current;
            return copy;
        }

        /** The session ended: the next statement starts one, even in the same file. */
        void leave() {
            file = null;
        }

        void enter(ScriptFile next) {
            if (next != file) {
                file = next;
                current = SearchPath.DEFAULT;
            }
        }

        SearchPath current() {
            return current;
        }

        void apply(Statement statement) {
            if (statement instanceof Statement.SetConfig set && set.parameter().equals("search_path")) {
                // RESET and SET ... TO DEFAULT (which has no values) go back to the start
                SearchPath value = set.reset() || set.values().isEmpty() ? SearchPath.DEFAULT : SearchPath.ofValues(set.values());
                current = value == null ? current : value;
            } else if (statement instanceof Statement.Select select) {
                for (Expr target : select.targets()) {
                    if (target instanceof Expr.FunctionCall call && call.calls("set_config") && call.arguments().size() == 3
                            && isString(call.arguments().get(0), "search_path")
                            && call.arguments().get(1) instanceof Expr.Literal value
                            && value.kind() == Expr.LiteralKind.STRING) {
                        current = SearchPath.ofText(value.value());
                    }
                }
            }
        }

        private static boolean isString(Expr expr, String value) {
            return expr instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING
                    && literal.value().equals(value);
        }
    }
}
