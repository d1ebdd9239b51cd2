package dev.evtlint.rules.login;

import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.Database;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DROP or DISABLE of a login trigger, or a DROP ... CASCADE that drops it with its function:
 * pg_database.dathasloginevt stays set until a connection on
 * the primary clears it, and until then every new connection to that database on a hot standby
 * fails trying to clear it there. ENABLE REPLICA of one: the same failure, which no connection on
 * the primary repairs. A removal that the same explicit transaction undoes before it commits (a
 * login trigger created or enabled again in that database, as a redeploy does) leaves no moment
 * without an enabled login trigger, and is not reported.
 */
@RuleMeta(id = "EVT105", name = "login-trigger-removal-breaks-standby",
        summary = "Dropping or disabling a login trigger refuses connections on standbys until the primary is visited",
        severity = Severity.WARNING, category = Category.LOGIN, since = "0.1.0", tags = {"availability"})
public final class LoginTriggerRemovalBreaksStandby implements Rule {
    private static final Set<String> TRANSACTION_START = Set.of("BEGIN", "START TRANSACTION");
    private static final Set<String> TRANSACTION_END = Set.of("COMMIT", "ROLLBACK");
    private static final Set<Statement.EventTriggerAction> ENABLED_FOR_ORDINARY_SESSIONS =
            Set.of(Statement.EventTriggerAction.ENABLE, Statement.EventTriggerAction.ENABLE_ALWAYS);

    /** An event trigger's name in the database a statement runs in: each database has triggers of its own. */
    private record TriggerName(Database database, String name) {
        static TriggerName of(ExecutedStatement executed, String name) {
            return new TriggerName(executed.database(), name);
        }
    }

    /**
     * A DROP or DISABLE of a login trigger, or a DROP ... CASCADE that takes it with what it depends
     * on ({@code what} says which), reported unless its transaction enables one again.
     */
    private record Removal(ExecutedStatement executed, String what) {
    }

    @Override
    public void check(RuleContext context) {
        Map<TriggerName, String> events = new HashMap<>();
        // removals in the explicit transaction now open (BEGIN ... COMMIT), reported when it ends;
        // null outside one, where a removal is reported at once
        List<Removal> uncommitted = null;
        // ENABLE REPLICA statements of login triggers that are still in that state, by trigger name
        Map<TriggerName, ExecutedStatement> replicaOnly = new LinkedHashMap<>();
        for (ExecutedStatement executed : context.model().executedStatements()) {
            Statement statement = executed.statement();
            if (isTopLevel(executed) && TRANSACTION_START.contains(statement.commandTag())) {
                uncommitted = uncommitted == null ? new ArrayList<>() : uncommitted;
                continue;
            }
            if (isTopLevel(executed) && TRANSACTION_END.contains(statement.commandTag())) {
                report(context, uncommitted);
                uncommitted = null;
                continue;
            }
            if (statement instanceof Statement.CreateEventTrigger create) {
                events.put(TriggerName.of(executed, create.name().name()), create.event().name());
                if (create.event().name().equals("login")) {
                    undo(uncommitted, executed);
                }
            } else if (statement instanceof Statement.AlterEventTrigger alter) {
                TriggerName name = TriggerName.of(executed, alter.name().name());
                if (alter.newName() != null) {
                    TriggerName newName = TriggerName.of(executed, alter.newName().name());
                    rename(events, name, newName);
                    rename(replicaOnly, name, newName);
                    continue;
                }
                ExecutedStatement replica = replicaOnly.remove(name);
                if (replica != null) {
                    reportReplicaOnly(context, replica, name.name(), false);
                }
                if (alter.action() == Statement.EventTriggerAction.DISABLE) {
                    removal(context, executed, events, alter.name().name(),
                            "ALTER EVENT TRIGGER ... DISABLE of login trigger " + alter.name().name(), uncommitted);
                } else if (ENABLED_FOR_ORDINARY_SESSIONS.contains(alter.action()) && "login".equals(events.get(name))) {
                    undo(uncommitted, executed);
                } else if (alter.action() == Statement.EventTriggerAction.ENABLE_REPLICA && "login".equals(events.get(name))) {
                    replicaOnly.put(name, executed);
                }
            } else if (statement instanceof Statement.DropObject drop) {
                for (EventTriggerDef dropped : context.model().eventTriggersDroppedBy(executed)) {
                    removal(context, executed, events, dropped.name(), drop.commandTag() + " ... CASCADE, which drops login trigger "
                            + dropped.name() + " with its function,", uncommitted);
                    events.remove(TriggerName.of(executed, dropped.name()));
                }
            } else if (statement instanceof Statement.DropEventTrigger drop) {
                for (Identifier name : drop.names()) {
                    ExecutedStatement replica = replicaOnly.remove(TriggerName.of(executed, name.name()));
                    if (replica != null) {
                        reportReplicaOnly(context, replica, name.name(), false);
                    }
                    removal(context, executed, events, name.name(), "DROP EVENT TRIGGER of login trigger " + name.name(),
                            uncommitted);
                    events.remove(TriggerName.of(executed, name.name()));
                }
            }
        }
        report(context, uncommitted);
        replicaOnly.forEach((name, replica) -> reportReplicaOnly(context, replica, name.name(), true));
    }

    private static boolean isTopLevel(ExecutedStatement executed) {
        return executed.function() == null && executed.sites().isEmpty();
    }

    /** A login trigger created or enabled again: the open transaction's removals in its database leave no gap. */
    private static void undo(List<Removal> uncommitted, ExecutedStatement enabling) {
        if (uncommitted != null) {
            uncommitted.removeIf(removal -> removal.executed().database().equals(enabling.database()));
        }
    }

    private static void removal(RuleContext context, ExecutedStatement executed, Map<TriggerName, String> events,
                                String name, String what, List<Removal> uncommitted) {
        if (!"login".equals(events.get(TriggerName.of(executed, name)))) {
            return;
        }
        Removal removal = new Removal(executed, what);
        if (uncommitted != null) {
            uncommitted.add(removal);
        } else {
            report(context, removal);
        }
    }

    private static void report(RuleContext context, List<Removal> removals) {
        if (removals != null) {
            removals.forEach(removal -> report(context, removal));
        }
    }

    private static <V> void rename(Map<TriggerName, V> byName, TriggerName oldName, TriggerName newName) {
        if (byName.containsKey(oldName)) {
            byName.put(newName, byName.remove(oldName));
        }
    }

    /**
     * A login trigger enabled for replica sessions only: ordinary sessions find no login trigger and
     * try to clear dathasloginevt, which a standby refuses; the primary finds the trigger and keeps
     * the flag set, so no login there repairs it. An error when the project leaves it so.
     */
    private static void reportReplicaOnly(RuleContext context, ExecutedStatement executed, String name, boolean left) {
        context.report(executed.file().source(), executed.statement())
                .severity(left ? Severity.ERROR : Severity.WARNING)
                .message("ALTER EVENT TRIGGER ... ENABLE REPLICA of login trigger " + name + ": ordinary sessions no "
                        + "longer run it, so every new ordinary connection to this database on a hot standby fails with "
                        + "\"cannot acquire lock mode AccessExclusiveLock on database objects while recovery is in "
                        + "progress\", and no login on the primary repairs it while the trigger stays in this state"
                        + (left ? "" : " (until a later statement of the project changes it)"))
                .help("enable login triggers with ENABLE ALWAYS (or ENABLE) instead; while locked out, a superuser "
                        + "still gets into the standby with -c session_replication_role=replica or -c event_triggers=off");
    }

    private static void report(RuleContext context, Removal removal) {
        context.report(removal.executed().file().source(), removal.executed().statement())
                .message(removal.what() + " leaves pg_database.dathasloginevt set: until a "
                        + "connection to this database on the primary clears it, every new connection to it on a hot "
                        + "standby fails with \"cannot acquire lock mode AccessExclusiveLock on database objects while "
                        + "recovery is in progress\"")
                .help("right after this script, connect once to the same database on the primary (for example "
                        + "psql -c 'SELECT 1') while no other session is connected to that database: the login clears "
                        + "the flag only if it gets an AccessExclusiveLock on the database at once; the cleared flag "
                        + "then replicates to the standbys");
    }
}
