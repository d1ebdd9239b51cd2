package dev.evtlint.rules;

import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.model.ScriptFile;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CREATE EVENT TRIGGER that fails when the script runs a second time: there is no OR REPLACE and
 * no IF NOT EXISTS, so only a DROP EVENT TRIGGER IF EXISTS before it in the same script, an
 * existence check around it, or a DROP of it later in the script makes the script rerunnable.
 * Scripts that run once by design (versioned migrations, extension scripts, dumps) are left alone.
 */
@RuleMeta(id = "EVT601", name = "event-trigger-not-rerunnable",
        summary = "CREATE EVENT TRIGGER that fails when the script runs again", severity = Severity.NOTE,
        category = Category.ROBUSTNESS, since = "0.1.0", tags = {"maintainability"})
public final class EventTriggerNotRerunnable implements Rule {
    /** SQLSTATE 42710, raised for an existing event trigger; a handler for it makes the CREATE rerunnable. */
    private static final String DUPLICATE_OBJECT = "duplicate_object";
    /** SQLSTATE 42704, raised when a DROP finds no trigger; a handler for it makes that DROP safe. */
    private static final String UNDEFINED_OBJECT = "undefined_object";

    /** dbmate's marker of the part of a migration that runs once, on the way up. */

    @Override
    public void check(RuleContext context) {
        ScriptFile current = null;
        Set<String> dropped = new HashSet<>();
        List<ExecutedStatement> statements = context.model().executedStatements();
        for (int i = 0; i < statements.size(); i++) {
            ExecutedStatement executed = statements.get(i);
            if (executed.file() != current) {
                current = executed.file();
                dropped.clear();
            }
            if (executed.statement() instanceof Statement.DropEventTrigger drop) {
                drop.names().stream().filter(name -> isSafeDrop(executed, drop, name)).forEach(name -> dropped.add(name.name()));
            } else if (executed.statement() instanceof Statement.CreateEventTrigger create
                    && !current.runsOnce(create) && !isDumped(current, create.name().name())
                    && !isRerunnable(executed, create.name().name(), dropped)
                    && !droppedLater(statements, i, create.name().name())) {
                String name = create.name().name();
                context.report(current.source(), create)
                        .message("CREATE EVENT TRIGGER " + name + " fails when " + current.source().fileName()
                                + " runs again: event trigger \"" + name + "\" already exists")
                        .help("put DROP EVENT TRIGGER IF EXISTS " + name + "; before it, or create it in a DO block "
                                + "only IF NOT EXISTS (SELECT 1 FROM pg_event_trigger WHERE evtname = '" + name + "')");
            }
        }
    }

    /**
     * Output of pg_dump, recognised by the table-of-contents comment it writes before each object
     * ("-- Name: t; Type: EVENT TRIGGER; Schema: -; Owner: ..."): a dump is restored once, into an
     * empty database.
     */
    private static boolean isDumped(ScriptFile file, String name) {
        return file.source().text().contains("-- Name: " + name + "; Type: EVENT TRIGGER; Schema: -;");
    }

    /**
     * A script that drops the trigger again before it ends (a test that cleans up after itself)
     * leaves nothing behind that a second run could trip over.
     */
    private static boolean droppedLater(List<ExecutedStatement> statements, int create, String name) {
        ScriptFile file = statements.get(create).file();
        for (int i = create + 1; i < statements.size() && statements.get(i).file() == file; i++) {
            if (statements.get(i).statement() instanceof Statement.DropEventTrigger drop
                    && drop.names().stream().anyMatch(dropped -> dropped.name().equals(name))) {
                return true;
            }
        }
        return false;
    }

    /** A DROP that does not fail when the trigger is missing, so the script can start with it. */
    private static boolean isSafeDrop(ExecutedStatement executed, Statement.DropEventTrigger drop, Identifier name) {
        return drop.ifExists() || executed.checksEventTrigger(name.name()) || executed.caught(UNDEFINED_OBJECT);
    }

    private static boolean isRerunnable(ExecutedStatement executed, String name, Set<String> dropped) {
        return dropped.contains(name) || executed.checksEventTrigger(name) || executed.caught(DUPLICATE_OBJECT);
    }
}
