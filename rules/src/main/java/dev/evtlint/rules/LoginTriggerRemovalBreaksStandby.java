package dev.evtlint.rules;

import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * DROP or DISABLE of a login trigger: pg_database.dathasloginevt stays set until a connection on
 * the primary clears it, and until then every new connection to that database on a hot standby
 * fails trying to clear it there.
 */
@RuleMeta(id = "EVT105", name = "login-trigger-removal-breaks-standby",
        summary = "Dropping or disabling a login trigger refuses connections on standbys until the primary is visited",
        severity = Severity.WARNING, category = Category.LOGIN, since = "0.1.0", tags = {"availability"})
public final class LoginTriggerRemovalBreaksStandby implements Rule {

    @Override
    public void check(RuleContext context) {
        Map<String, String> events = new HashMap<>();
        for (ExecutedStatement executed : context.model().executedStatements()) {
            Statement statement = executed.statement();
            if (statement instanceof Statement.CreateEventTrigger create) {
                events.put(create.name().name(), create.event().name());
            } else if (statement instanceof Statement.AlterEventTrigger alter) {
                if (alter.action() == Statement.EventTriggerAction.DISABLE) {
                    check(context, executed, events, alter.name(), "ALTER EVENT TRIGGER ... DISABLE");
                } else if (alter.newName() != null && events.containsKey(alter.name().name())) {
                    events.put(alter.newName().name(), events.remove(alter.name().name()));
                }
            } else if (statement instanceof Statement.DropEventTrigger drop) {
                for (Identifier name : drop.names()) {
                    check(context, executed, events, name, "DROP EVENT TRIGGER");
                    events.remove(name.name());
                }
            }
        }
    }

    private static void check(RuleContext context, ExecutedStatement executed, Map<String, String> events,
                              Identifier name, String command) {
        if (!"login".equals(events.get(name.name()))) {
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
