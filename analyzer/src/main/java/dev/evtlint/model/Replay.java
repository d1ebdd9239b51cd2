package dev.evtlint.model;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Replays definitions in run order: functions by name and input types, event triggers, and the
 * search_path that unqualified names are resolved with at each statement.
 */
final class Replay {
    private static final Set<String> ROUTINE_KINDS = Set.of("FUNCTION", "PROCEDURE", "ROUTINE");
    private final List<FunctionDef> functions = new ArrayList<>();
    /**
     * Every name a function in {@code functions} has had: a new name needs no search for the
     * function it replaces, which keeps scripts of many thousand functions linear.
     */
    private final Set<String> namesEverDefined = new HashSet<>();
    private final Map<String, TriggerSlot> triggers = new LinkedHashMap<>();
    private final SessionPath path = new SessionPath();
    private int nextIdentity;

    /**
     * An event trigger and the identity of the function it was created with (-1 when that function
     * was not defined yet), and the search_path of its CREATE for looking it up later.
     */
    private record TriggerSlot(EventTriggerDef trigger, int functionIdentity, SearchPath createdUnder) {
        TriggerSlot with(EventTriggerDef changed) {
            return new TriggerSlot(changed, functionIdentity, createdUnder);
        }
    }

    /** Applies one statement; returns the event triggers a DROP of another object took with it. */
    List<EventTriggerDef> apply(ExecutedStatement executed) {
        path.enter(executed.file());
        SourceFile file = executed.file().source();
        Statement statement = executed.statement();
        if (statement instanceof Statement.CreateFunction create) {
            define(FunctionDef.of(nextIdentity, file, create, path.current()));
        } else if (statement instanceof Statement.AlterFunction alter) {
            alter(file, alter);
        } else if (statement instanceof Statement.DropObject drop) {
            return drop(drop);
        } else if (statement instanceof Statement.CreateEventTrigger create) {
            String name = create.name().name();
            FunctionDef function = overloads().reference(create.function(), List.of(), path.current()).function();
            triggers.put(name, new TriggerSlot(new EventTriggerDef(file, create, name, EventTriggerDef.EnableState.ORIGIN,
                    null), function == null ? -1 : function.identity(), path.current()));
        } else if (statement instanceof Statement.AlterEventTrigger alter) {
            alterTrigger(alter);
        } else if (statement instanceof Statement.DropEventTrigger drop) {
            drop.names().forEach(name -> triggers.remove(name.name()));
        } else {
            path.apply(statement);
        }
        return List.of();
    }

    /** Lookups among the functions as they are now. */
    private Overloads overloads() {
        return new Overloads(functions);
    }

    /** The search_path in effect when {@code executed}, the next statement to apply, runs. */
    SearchPath searchPathFor(ExecutedStatement executed) {
        path.enter(executed.file());
        return path.current();
    }

    private void define(FunctionDef function) {
        if (namesEverDefined.contains(function.name())) {
            for (int i = 0; i < functions.size(); i++) {
                FunctionDef existing = functions.get(i);
                if (existing.name().equals(function.name()) && sameSchema(existing.schema(), function.schema())
                        && existing.argumentTypes().equals(function.argumentTypes())) {
                    // Without OR REPLACE the statement fails with "function ... already exists" and
                    // the definition in force stays. Across files a project often holds alternatives
                    // that never run in one database (a legacy copy, another install script of an
                    // extension; a migration tool would stop at the failure), so there the later wins.
                    if (function.definition().orReplace() || !existing.file().equals(function.file())) {
                        functions.set(i, existing.replacedBy(function));
                    }
                    return;
                }
            }
        }
        functions.add(function);
        namesEverDefined.add(function.name());
        nextIdentity++;
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
        functions.set(functions.indexOf(function), altered);
    }

    /**
     * DROP of functions, schemas and extensions. An event trigger depends on its function, so
     * CASCADE drops the triggers whose function goes; an extension's own triggers and functions
     * (those its scripts create) go with it in any case.
     */
    private List<EventTriggerDef> drop(Statement.DropObject drop) {
        List<EventTriggerDef> dropped = new ArrayList<>();
        String kind = drop.objectKind();
        if (ROUTINE_KINDS.contains(kind)) {
            for (Part.RoutineRef routine : drop.routines()) {
                dropRoutine(routine, drop.cascade(), dropped);
            }
            return dropped;
        }
        for (QualifiedName name : drop.names()) {
            if (kind.equals("SCHEMA") && drop.cascade()) {
                dropTriggers(t -> name.name().equals(functionSchema(t))
                        || isPublic(name) && function(t).filter(f -> f.schema() == null).isPresent(), dropped);
                functions.removeIf(f -> name.name().equals(f.schema()) || isPublic(name) && f.schema() == null);
            } else if (kind.equals("EXTENSION")) {
                dropTriggers(t -> name.name().equals(ScriptFile.extensionName(t.trigger().file()))
                        || drop.cascade() && function(t).filter(f -> isMember(f, name)).isPresent(), dropped);
                functions.removeIf(f -> isMember(f, name));
            }
        }
        return dropped;
    }

    /**
     * Drops the one routine the reference names; an ambiguous or unknown reference drops none of the
     * project's functions, but with CASCADE still the triggers that execute a function of that name
     * the scripts never defined.
     */
    private void dropRoutine(Part.RoutineRef routine, boolean cascade, List<EventTriggerDef> dropped) {
        List<String> types = routine.parameters() == null ? null : FunctionDef.inputTypes(routine.parameters());
        FunctionDef function = overloads().reference(routine.name(), types, path.current()).function();
        if (cascade) {
            dropTriggers(t -> function != null ? function(t).filter(f -> f.identity() == function.identity()).isPresent()
                    : function(t).isEmpty() && namesUndefined(t, routine.name()), dropped);
        }
        if (function != null) {
            functions.remove(function);
        }
    }

    /** Removes the triggers that {@code goes} and adds them, with their functions resolved, to {@code dropped}. */
    private void dropTriggers(Predicate<TriggerSlot> goes, List<EventTriggerDef> dropped) {
        Iterator<TriggerSlot> it = triggers.values().iterator();
        while (it.hasNext()) {
            TriggerSlot slot = it.next();
            if (goes.test(slot)) {
                dropped.add(slot.trigger().withFunction(function(slot).orElse(null)));
                it.remove();
            }
        }
    }

    /**
     * The function a trigger executes: the one it was created with, through renames and
     * replacements; for a trigger created before its function was, the one its name finds now.
     */
    private Optional<FunctionDef> function(TriggerSlot slot) {
        if (slot.functionIdentity() >= 0) {
            Optional<FunctionDef> same = functions.stream().filter(f -> f.identity() == slot.functionIdentity()).findFirst();
            if (same.isPresent()) {
                return same;
            }
        }
        return Optional.ofNullable(overloads().reference(slot.trigger().definition().function(), List.of(),
                slot.createdUnder()).function());
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
        return extension.name().equals(ScriptFile.extensionName(function.file()));
    }

    private void alterTrigger(Statement.AlterEventTrigger alter) {
        TriggerSlot slot = triggers.get(alter.name().name());
        if (slot == null) {
            return;
        }
        EventTriggerDef trigger = slot.trigger();
        switch (alter.action()) {
            case ENABLE -> triggers.put(trigger.name(), slot.with(trigger.withState(EventTriggerDef.EnableState.ORIGIN)));
            case ENABLE_REPLICA -> triggers.put(trigger.name(), slot.with(trigger.withState(EventTriggerDef.EnableState.REPLICA)));
            case ENABLE_ALWAYS -> triggers.put(trigger.name(), slot.with(trigger.withState(EventTriggerDef.EnableState.ALWAYS)));
            case DISABLE -> triggers.put(trigger.name(), slot.with(trigger.withState(EventTriggerDef.EnableState.DISABLED)));
            case RENAME -> {
                triggers.remove(trigger.name());
                String newName = alter.newName().name();
                triggers.put(newName, slot.with(trigger.renamed(newName)));
            }
            case OWNER -> {
                // ownership does not change what the trigger does
            }
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
        List<EventTriggerDef> resolved = new ArrayList<>();
        for (TriggerSlot slot : triggers.values()) {
            resolved.add(slot.trigger().withFunction(function(slot).orElse(null)));
        }
        return resolved;
    }

    /**
     * The session's search_path as the scripts set it: each script starts from the default (a
     * migration tool runs or resets a session per script; CREATE EXTENSION sets the extension's
     * schema, which is unknown and so the default schema too), then SET, RESET and set_config()
     * change it. SET LOCAL counts like SET: tools run a migration in one transaction.
     */
    private static final class SessionPath {
        private ScriptFile file;
        private SearchPath current = SearchPath.DEFAULT;

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
