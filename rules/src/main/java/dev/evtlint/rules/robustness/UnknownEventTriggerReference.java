package dev.evtlint.rules.robustness;

import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Statement;
import dev.evtlint.layout.ExtensionScripts;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import dev.evtlint.script.ScriptFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * ALTER or DROP EVENT TRIGGER (without IF EXISTS) of a name no script creates before it in run
 * order, or that an earlier statement renamed or dropped: PostgreSQL stops the script with
 * {@code event trigger "x" does not exist}.
 */
@RuleMeta(id = "EVT603", name = "unknown-event-trigger-reference",
        summary = "ALTER or DROP EVENT TRIGGER of a trigger the project never creates", severity = Severity.ERROR,
        category = Category.ROBUSTNESS, since = "0.1.0", tags = {"correctness"})
public final class UnknownEventTriggerReference implements Rule {
    /** SQLSTATE 42704, raised for a missing event trigger; a handler that catches it for good makes the reference safe. */
    private static final String UNDEFINED_OBJECT = "undefined_object";

    /** An extension's update script, {@code name--old--new.sql}, which ALTER EXTENSION ... UPDATE runs. */
    private static final Pattern UPDATE_SCRIPT = Pattern.compile("(.+?)--.+--.+\\.sql");

    @Override
    public void check(RuleContext context) {
        // A trigger that a function nobody in the project calls creates may exist at any point.
        Set<String> anyTime = context.model().eventTriggers().stream().filter(EventTriggerDef::possible)
                .map(EventTriggerDef::name).collect(Collectors.toSet());
        Set<String> created = new HashSet<>(anyTime);
        Map<String, String> gone = new HashMap<>();
        Set<String> extensionsSeen = new HashSet<>();
        ScriptFile current = null;
        boolean unseenUpdate = false;
        boolean roleSwitched = false;
        for (ExecutedStatement executed : context.model().executedStatements()) {
            if (executed.file() != current) {
                current = executed.file();
                unseenUpdate = isUnseenUpdate(current, extensionsSeen);
                String extension = ExtensionScripts.extensionName(current.source());
                if (extension != null) {
                    extensionsSeen.add(extension);
                }
            }
            Statement statement = executed.statement();
            roleSwitched |= switchesRole(statement);
            if (statement instanceof Statement.CreateEventTrigger create) {
                created.add(create.name().name());
                gone.remove(create.name().name());
            } else if (statement instanceof Statement.AlterEventTrigger alter) {
                if (!unseenUpdate) {
                    check(context, executed, created, gone, alter.name(), "ALTER EVENT TRIGGER");
                }
                if (alter.newName() != null) {
                    renamed(executed, alter, created, gone);
                }
            } else if (statement instanceof Statement.DropEventTrigger drop) {
                if (!drop.ifExists() && !unseenUpdate) {
                    drop.names().forEach(name -> check(context, executed, created, gone, name, "DROP EVENT TRIGGER"));
                }
                if (!roleSwitched) {
                    dropped(executed, drop, anyTime, gone);
                }
            }
        }
    }

    /** SET ROLE or SET SESSION AUTHORIZATION to some role: from then on a DROP may be refused on purpose. */
    private static boolean switchesRole(Statement statement) {
        return statement instanceof Statement.SetConfig set && !set.reset()
                && (set.parameter().equals("role") || set.parameter().equals("session_authorization"));
    }

    /**
     * After a DROP that runs whenever the script does (no condition or handler around it), as the
     * role that runs the script, the trigger is gone until it is created again. Drops after a SET
     * ROLE are not followed (test scripts drop as roles that may not, on purpose), nor drops of a
     * trigger that an uncalled installer function may create again at any point.
     */
    private static void dropped(ExecutedStatement executed, Statement.DropEventTrigger drop, Set<String> anyTime,
                                Map<String, String> gone) {
        if (!executed.conditions().isEmpty() || !executed.handlers().isEmpty()) {
            return;
        }
        for (Identifier name : drop.names()) {
            if (!anyTime.contains(name.name())) {
                gone.put(name.name(), "was dropped at " + executed.file().source().fileName() + ":"
                        + executed.statement().range().startLine());
            }
        }
    }

    /**
     * Whether the file is an update script of an extension none of whose earlier scripts were
     * analysed: the triggers it alters or drops come from those, on the database it updates.
     */
    private static boolean isUnseenUpdate(ScriptFile file, Set<String> extensionsSeen) {
        Matcher update = UPDATE_SCRIPT.matcher(file.source().fileName());
        return update.matches() && !extensionsSeen.contains(update.group(1));
    }

    /**
     * After a rename that runs whenever the script does (no condition or handler around it) the
     * trigger is known under its new name only; a rename onto a name that exists fails and changes
     * nothing.
     */
    private static void renamed(ExecutedStatement executed, Statement.AlterEventTrigger alter, Set<String> created,
                                Map<String, String> gone) {
        String newName = alter.newName().name();
        boolean collides = created.contains(newName) && !gone.containsKey(newName);
        created.add(newName);
        gone.remove(newName);
        if (!collides && executed.conditions().isEmpty() && executed.handlers().isEmpty()) {
            gone.put(alter.name().name(), "was renamed to " + newName + " at "
                    + executed.file().source().fileName() + ":" + executed.statement().range().startLine());
        }
    }

    private static void check(RuleContext context, ExecutedStatement executed, Set<String> created,
                              Map<String, String> gone, Identifier name, String command) {
        boolean exists = created.contains(name.name()) && !gone.containsKey(name.name());
        if (exists || executed.checksEventTrigger(name.name())
                || !context.flow().errorEscapes(executed, UNDEFINED_OBJECT)) {
            return;
        }
        String fix = command.startsWith("DROP") ? "write DROP EVENT TRIGGER IF EXISTS" : "check pg_event_trigger first";
        String why = gone.containsKey(name.name()) ? "that " + gone.get(name.name()) : "that no script creates before it";
        context.report(executed.file().source(), name)
                .message(command + " " + name.name() + " names an event trigger " + why + "; "
                        + "PostgreSQL stops with: event trigger \"" + name.name() + "\" does not exist")
                .help("fix the name, create the trigger in an earlier script, or " + fix
                        + " when it may be missing");
    }
}
