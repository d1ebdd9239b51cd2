package dev.evtlint.rules.login;

import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.Database;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DROP or DISABLE of a login trigger: pg_database.dathasloginevt stays set until a connection on
 * the primary clears it, and until then every new connection to that database on a hot standby
 * fails trying to clear it there. ENABLE REPLICA of one: the same failure, which no connection on
 * the primary repairs.
 */
@RuleMeta(id = "EVT105", name = "login-trigger-removal-breaks-standby",
        summary = "Dropping or disabling a login trigger refuses connections on standbys until the primary is visited",
        severity = Severity.WARNING, category = Category.LOGIN, since = "0.1.0", tags = {"availability"})
public final class LoginTriggerRemovalBreaksStandby implements Rule {

    /** An event trigger's name in the database a statement runs in: each database has triggers of its own. */
    private record TriggerName(Database database, String name) {
        static TriggerName of(ExecutedStatement executed, String name) {
            return new TriggerName(executed.database(), name);
        }
    }

    @Override
    public void check(RuleContext context) {
        Map<TriggerName, String> events = new HashMap<>();
        // ENABLE REPLICA statements of login triggers that are still in that state, by trigger name
        Map<TriggerName, ExecutedStatement> replicaOnly = new LinkedHashMap<>();
        for (ExecutedStatement executed : context.model().executedStatements()) {
            Statement statement = executed.statement();
            if (statement instanceof Statement.CreateEventTrigger create) {
                events.put(TriggerName.of(executed, create.name().name()), create.event().name());
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
                    check(context, executed, events, alter.name(), "ALTER EVENT TRIGGER ... DISABLE");
                } else if (alter.action() == Statement.EventTriggerAction.ENABLE_REPLICA && "login".equals(events.get(name))) {
                    replicaOnly.put(name, executed);
                }
            } else if (statement instanceof Statement.DropEventTrigger drop) {
                for (Identifier name : drop.names()) {
                    ExecutedStatement replica = replicaOnly.remove(TriggerName.of(executed, name.name()));
                    if (replica != null) {
                        reportReplicaOnly(context, replica, name.name(), false);
                    }
                    check(context, executed, events, name, "DROP EVENT TRIGGER");
                    events.remove(TriggerName.of(executed, name.name()));
                }
            }
        }
        replicaOnly.forEach((name, replica) -> reportReplicaOnly(context, replica, name.name(), true));
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

    private static void check(RuleContext context, ExecutedStatement executed, Map<TriggerName, String> events,
                              Identifier name, String command) {
        if (!"login".equals(events.get(TriggerName.of(executed, name.name())))) {
            return;
        }
        context.report(executed.file().source(), executed.statement())
                .message(command + " of login trigger " + name.name() + " leaves pg_database.dathasloginevt set: until a "
                        + "connection to this database on the primary clears it, every new connection to it on a hot "
                        + "standby fails with \"cannot acquire lock mode AccessExclusiveLock on database objects while "
                        + "recovery is in progress\"")
                .help("right after this script, connect once to the same database on the primary (for example "
                        + "psql -c 'SELECT 1') while no other session is connected to that database: the login clears "
                        + "the flag only if it gets an AccessExclusiveLock on the database at once; the cleared flag "
                        + "then replicates to the standbys");
    }
}
