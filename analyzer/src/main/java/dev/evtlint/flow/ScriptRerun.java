package dev.evtlint.flow;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.layout.RunsOnce;
import dev.evtlint.model.Database;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one script twice, as far as event triggers go, the way psql runs it without ON_ERROR_STOP:
 * each top-level statement on its own (a failing one changes nothing, a DO block is one
 * transaction), IF conditions that check pg_event_trigger evaluated, EXCEPTION handlers rolling
 * their block back. The first run starts from a database without the script's triggers; the
 * second from what the first left, without what the tool that runs the script runs only once
 * ({@link RunsOnce}). Under a role the script made without SUPERUSER (SET ROLE, SET
 * SESSION AUTHORIZATION), CREATE EVENT TRIGGER fails with permission denied. A DROP FUNCTION,
 * SCHEMA or EXTENSION ... CASCADE drops the triggers that depend on what it drops, as the model
 * says ({@link ProjectModel#eventTriggersDroppedOnRerun}). A call of an installer function runs
 * its body ({@link ProjectModel#installersCalledBy}). The result is the
 * CREATE EVENT TRIGGER statements that the second run reaches while their trigger exists, so that
 * the statement around them fails with {@code already exists}.
 * <p>
 * A condition that does not depend on event triggers is followed both ways, each way a separate
 * {@link World}; a check of pg_event_trigger that cannot be evaluated vouches for the names it
 * looks up, whose CREATE then counts as guarded.
 */
public final class ScriptRerun {
    /** Beyond this many paths through one statement the rest are not followed: findings may be missed, none invented. */
    private static final int MAX_WORLDS = 64;
    private static final String DUPLICATE_OBJECT = "duplicate_object";
    private static final String UNDEFINED_OBJECT = "undefined_object";
    private static final String INSUFFICIENT_PRIVILEGE = "insufficient_privilege";

    /**
     * One path: the event triggers that exist on it in the database the session is in, those of
     * the other databases the script ran statements in, and the names an unevaluated existence
     * check vouches for.
     */
    private record World(Database database, PersistentNameSet present, Map<Database, PersistentNameSet> elsewhere,
                         Set<String> vouched) {
        World with(PersistentNameSet newPresent) {
            return newPresent == present ? this : new World(database, newPresent, elsewhere, vouched);
        }

        World vouching(Set<String> names) {
            Set<String> all = new HashSet<>(vouched);
            all.addAll(names);
            return new World(database, present, elsewhere, Set.copyOf(all));
        }

        /**
         * The same path after DROP DATABASE of {@code names}: their event triggers go with them, so a
         * later \connect to a database created anew under such a name finds none. The session's own
         * database is not among them: PostgreSQL refuses to drop the database one is connected to.
         */
        World withoutDatabases(List<String> names) {
            Map<Database, PersistentNameSet> kept = new HashMap<>(elsewhere);
            kept.keySet().removeIf(other -> names.stream().anyMatch(other::hasName));
            return kept.size() == elsewhere.size() ? this : new World(database, present, Map.copyOf(kept), vouched);
        }

        /** The same path in the session of a top-level statement that runs in {@code next}: there its triggers exist. */
        World in(Database next) {
            if (next.equals(database)) {
                return new World(database, present, elsewhere, Set.of());
            }
            Map<Database, PersistentNameSet> waiting = new HashMap<>(elsewhere);
            waiting.put(database, present);
            PersistentNameSet there = waiting.remove(next);
            return new World(next, there == null ? PersistentNameSet.EMPTY : there, Map.copyOf(waiting), Set.of());
        }
    }

    /**
     * An error raised on a path: its condition name; for an existing trigger's CREATE, that
     * statement; and the statement of the PL/pgSQL body being run that raised it (itself or by a
     * call), null until the error reaches one.
     */
    private record Raised(String condition, Statement.CreateEventTrigger duplicate, PlStatement at) {
        Raised at(PlStatement statement) {
            return new Raised(condition, duplicate, statement);
        }
    }

    /** How control leaves a statement list: the worlds that go on, that RETURN, and the errors raised. */
    private record Outcome(Set<World> normal, Set<World> returned, List<Raised> raised) {
        static Outcome empty() {
            return new Outcome(new LinkedHashSet<>(), new LinkedHashSet<>(), new ArrayList<>());
        }

        static Outcome going(World world) {
            Outcome outcome = empty();
            outcome.normal.add(world);
            return outcome;
        }

        static Outcome raising(String condition, Statement.CreateEventTrigger duplicate) {
            Outcome outcome = empty();
            outcome.raised.add(new Raised(condition, duplicate, null));
            return outcome;
        }

        /** This outcome, its errors raised by {@code statement} of the body being run. */
        Outcome raisedAt(PlStatement statement) {
            raised.replaceAll(error -> error.at(statement));
            return this;
        }

        void add(Outcome other) {
            addCapped(normal, other.normal);
            addCapped(returned, other.returned);
            raised.addAll(other.raised);
        }

        private static void addCapped(Set<World> into, Collection<World> worlds) {
            worlds.stream().limit(Math.max(0, MAX_WORLDS - into.size())).forEach(into::add);
        }
    }

    private final List<Statement.CreateEventTrigger> failing = new ArrayList<>();
    /** The SUPERUSER attribute of the roles the script has created or altered so far. */
    private final Map<String, Boolean> superusers;
    /**
     * Whether the session runs as a role the script made without SUPERUSER (SET ROLE, SET SESSION
     * AUTHORIZATION at top level): then CREATE EVENT TRIGGER fails with permission denied. Each run
     * starts as whoever runs the script, who is assumed to be allowed.
     */
    private boolean ordinaryRole;

    private final ProjectModel model;
    private final FlowAnalysis flow;
    private final ScriptFile file;
    /** The control-flow graph of the PL/pgSQL body being run (a DO block's, an installer's): where its errors are caught. */
    private Cfg body;
    /** The identities of the installers whose bodies run now: one that calls itself is not entered again. */
    private final Set<Integer> calling = new HashSet<>();

    private ScriptRerun(Map<String, Boolean> superusers, FlowAnalysis flow, ScriptFile file) {
        this.superusers = new HashMap<>(superusers);
        this.model = flow.model();
        this.flow = flow;
        this.file = file;
    }

    /**
     * The CREATE EVENT TRIGGER statements that fail with "already exists" when {@code file} (with
     * the scripts it includes) runs a second time but not the first time: a script that creates a name twice fails on
     * every run (test scripts do so on purpose), and that is not a rerun's fault.
     */
    public static List<Statement.CreateEventTrigger> failingOnSecondRun(FlowAnalysis flow, ScriptFile file) {
        // With what its psql include commands run, where they run it.
        List<ExecutedStatement> statements = flow.model().topLevelStatements(file);
        ScriptRerun first = new ScriptRerun(Map.of(), flow, file);
        Set<World> afterFirst = first.run(statements,
                Set.of(new World(Database.DEFAULT, PersistentNameSet.EMPTY, Map.of(), Set.of())));
        // Roles are the cluster's: the second run finds them as the first left them.
        ScriptRerun second = new ScriptRerun(first.superusers, flow, file);
        second.run(statements.stream().filter(statement -> !RunsOnce.statement(statement.file(), statement.statement())).toList(),
                afterFirst);
        return second.failing.stream().distinct().filter(create -> !first.failing.contains(create)).toList();
    }

    private Set<World> run(List<ExecutedStatement> statements, Set<World> start) {
        Set<World> worlds = start;
        for (ExecutedStatement statement : statements) {
            trackRoles(statement.statement());
            Outcome outcome = Outcome.empty();
            for (World world : worlds) {
                outcome.add(topLevel(statement.statement(), world.in(statement.database())));
            }
            worlds = outcome.normal;
        }
        return worlds;
    }

    /**
     * CREATE and ALTER ROLE as they come (a created role is no superuser unless it says so; CREATE
     * of an existing role fails and changes nothing), and SET ROLE and SET SESSION AUTHORIZATION
     * to a role without SUPERUSER, or back.
     */
    private void trackRoles(Statement statement) {
        if (statement instanceof Statement.RoleStatement role && role.role() != null) {
            if (role.commandTag().equals("CREATE ROLE")) {
                superusers.putIfAbsent(role.role().name(), Boolean.TRUE.equals(role.superuser()));
            } else if (role.superuser() != null) {
                superusers.put(role.role().name(), role.superuser());
            }
        } else if (statement instanceof Statement.SetConfig set
                && (set.parameter().equals("role") || set.parameter().equals("session_authorization"))) {
            String role = set.reset() || set.values().isEmpty() ? null : roleName(set.values().get(0));
            ordinaryRole = role != null && Boolean.FALSE.equals(superusers.get(role));
        }
    }

    private static String roleName(Expr value) {
        if (value instanceof Expr.ColumnRef column) {
            return column.lastName();
        }
        return value instanceof Expr.Literal literal ? literal.value() : null;
    }

    /**
     * A statement psql sends: where it fails, nothing it did stays (the world it started from goes
     * on), and the CREATE statements whose duplicate made it fail are failing ones.
     */
    private Outcome topLevel(Statement statement, World entry) {
        Outcome inside = statement instanceof Statement.Do block && block.body() instanceof Part.PlPgSqlBody body
                && body.block() != null ? runBody(body.block(), entry) : sql(statement, entry);
        Outcome after = Outcome.empty();
        after.normal.addAll(inside.normal);
        after.normal.addAll(inside.returned);
        if (!inside.raised.isEmpty()) {
            after.normal.add(entry);
        }
        inside.raised.stream().map(Raised::duplicate).filter(create -> create != null).forEach(failing::add);
        return after;
    }

    private Outcome sequence(List<PlStatement> statements, World world) {
        Outcome outcome = Outcome.going(world);
        for (PlStatement statement : statements) {
            Outcome next = Outcome.empty();
            next.returned.addAll(outcome.returned);
            next.raised.addAll(outcome.raised);
            for (World going : outcome.normal) {
                next.add(pl(statement, going));
            }
            outcome = next;
        }
        return outcome;
    }

    private Outcome pl(PlStatement statement, World world) {
        if (statement instanceof PlStatement.Sql sql) {
            return sql(sql.statement(), world).raisedAt(statement);
        } else if (statement instanceof PlStatement.Execute execute && execute.statement() != null) {
            return sql(execute.statement(), world).raisedAt(statement);
        } else if (statement instanceof PlStatement.Perform perform) {
            return sql(perform.query(), world).raisedAt(statement);
        } else if (statement instanceof PlStatement.Block block) {
            return block(block, world);
        } else if (statement instanceof PlStatement.If choice) {
            return branches(choice.branches(), choice.elseBody(), true, world);
        } else if (statement instanceof PlStatement.Case choice) {
            return branches(choice.whens(), choice.elseBody(), choice.subject() == null, world);
        } else if (statement instanceof PlStatement.Loop loop) {
            // Zero times or once: a second time through creates nothing the first did not.
            Outcome outcome = Outcome.going(world);
            outcome.add(sequence(loop.body(), world));
            return outcome;
        } else if (statement instanceof PlStatement.Return leave && leave.kind() == PlStatement.ReturnKind.RETURN) {
            Outcome outcome = Outcome.empty();
            outcome.returned.add(world);
            return outcome;
        } else if (statement instanceof PlStatement.Raise raise && raise.raisesError()) {
            String raised = ErrorConditions.raisedBy(raise);
            return Outcome.raising(raised == null ? "raise_exception" : raised, null).raisedAt(statement);
        }
        return Outcome.going(world);
    }

    /** Runs a PL/pgSQL body, whose errors its control-flow graph says where they are caught. */
    private Outcome runBody(PlStatement.Block block, World world) {
        Cfg caller = body;
        body = flow.cfg(block);
        try {
            return pl(block, world);
        } finally {
            body = caller;
        }
    }

    /**
     * An error in the body rolls the block back; the handler that catches it ({@link
     * Cfg#handlerCatching}, the innermost around the raising statement), when it is this block's,
     * runs from the block's start.
     */
    private Outcome block(PlStatement.Block block, World world) {
        Outcome inside = sequence(block.body(), world);
        Outcome outcome = Outcome.empty();
        outcome.add(new Outcome(inside.normal, inside.returned, List.of()));
        for (Raised raised : inside.raised) {
            Part.PlExceptionHandler handler = body.handlerCatching(raised.at(), raised.condition());
            if (handler == null || block.handlers().stream().noneMatch(own -> own == handler)) {
                outcome.raised.add(raised);
            } else {
                outcome.add(sequence(handler.body(), world));
            }
        }
        return outcome;
    }

    /**
     * IF/ELSIF/ELSE or CASE: each branch whose condition may hold, on the worlds where the earlier
     * ones did not; the WHEN values of a CASE with a subject are values, not conditions.
     */
    private Outcome branches(List<Part.PlBranch> branches, List<PlStatement> elseBody, boolean conditions, World world) {
        Outcome outcome = Outcome.empty();
        for (Part.PlBranch branch : branches) {
            TriggerExistenceCheck.Truth truth = conditions && branch.condition() != null
                    ? TriggerExistenceCheck.evaluate(branch.condition(), world.present()) : TriggerExistenceCheck.Truth.UNKNOWN;
            if (truth == TriggerExistenceCheck.Truth.UNKNOWN && branch.condition() != null) {
                world = world.vouching(TriggerExistenceCheck.namesLookedUp(branch.condition()));
            }
            if (truth != TriggerExistenceCheck.Truth.FALSE) {
                outcome.add(sequence(branch.body(), world));
            }
            if (truth == TriggerExistenceCheck.Truth.TRUE) {
                return outcome;
            }
        }
        outcome.add(elseBody == null ? Outcome.going(world) : sequence(elseBody, world));
        return outcome;
    }

    /** The event trigger statements change which triggers exist, or fail as PostgreSQL's checks say. */
    private Outcome sql(Statement statement, World world) {
        PersistentNameSet present = world.present();
        if (statement instanceof Statement.CreateEventTrigger create) {
            String name = create.name().name();
            if (ordinaryRole) {
                // Only superusers may create event triggers: it exists neither now nor on a rerun.
                return Outcome.raising(INSUFFICIENT_PRIVILEGE, null);
            }
            if (present.contains(name)) {
                return Outcome.raising(DUPLICATE_OBJECT, world.vouched().contains(name) ? null : create);
            }
            present = present.with(name);
        } else if (statement instanceof Statement.DropEventTrigger drop) {
            List<String> names = drop.names().stream().map(Part.Identifier::name).toList();
            if (!drop.ifExists() && !present.containsAll(names)) {
                return Outcome.raising(UNDEFINED_OBJECT, null);
            }
            for (String name : names) {
                present = present.without(name);
            }
        } else if (statement instanceof Statement.DropObject drop && drop.objectKind().equals("DATABASE")) {
            List<String> names = drop.names().stream().map(Part.QualifiedName::name).toList();
            return call(model.installersCalledBy(statement), world.withoutDatabases(names));
        } else if (statement instanceof Statement.DropObject drop && drop.cascade()) {
            for (String name : model.eventTriggersDroppedOnRerun(file, drop, world.database())) {
                present = present.without(name);
            }
        } else if (statement instanceof Statement.AlterEventTrigger alter) {
            if (!present.contains(alter.name().name())) {
                return Outcome.raising(UNDEFINED_OBJECT, null);
            }
            if (alter.newName() != null) {
                if (present.contains(alter.newName().name())) {
                    return Outcome.raising(DUPLICATE_OBJECT, null);
                }
                present = present.without(alter.name().name()).with(alter.newName().name());
            }
        }
        return call(model.installersCalledBy(statement), world.with(present));
    }

    /**
     * The bodies of the installers a statement calls run after it, one after the other; a RETURN
     * ends a call, an error goes on to the caller. A CREATE in such a body that fails is the call's
     * failure, not a statement of the script to point at.
     */
    private Outcome call(List<FunctionDef> installers, World world) {
        Outcome outcome = Outcome.going(world);
        for (FunctionDef installer : installers) {
            if (!calling.add(installer.identity())) {
                continue;
            }
            Outcome next = Outcome.empty();
            next.raised.addAll(outcome.raised);
            for (World going : outcome.normal) {
                Outcome ran = runBody(installer.body(), going);
                Outcome returning = Outcome.empty();
                returning.normal.addAll(ran.normal);
                returning.normal.addAll(ran.returned);
                ran.raised.forEach(raised -> returning.raised.add(new Raised(raised.condition(), null, null)));
                next.add(returning);
            }
            calling.remove(installer.identity());
            outcome = next;
        }
        return outcome;
    }
}
