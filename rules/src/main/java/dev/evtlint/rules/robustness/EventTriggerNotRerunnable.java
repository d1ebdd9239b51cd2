package dev.evtlint.rules.robustness;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.ScriptRerun;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Fix;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import dev.evtlint.rule.TextEdit;
import dev.evtlint.script.ScriptFile;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CREATE EVENT TRIGGER that fails when its script runs a second time: there is no OR REPLACE and
 * no IF NOT EXISTS, so the second run fails unless it drops the trigger first (itself, or through
 * DROP ... CASCADE of its function), checks for it, or catches the error, given what the first run
 * left behind ({@link ScriptRerun}). What runs once by design is not run again
 * ({@link dev.evtlint.layout.RunsOnce}: versioned migrations, extension scripts and sources, Liquibase
 * changesets without runAlways, the migrations of dbmate, golang-migrate, Diesel, the Supabase CLI
 * and sqitch, test scripts, Docker init scripts), and dumps are left alone.
 */
@RuleMeta(id = "EVT601", name = "event-trigger-not-rerunnable",
        summary = "CREATE EVENT TRIGGER that fails when the script runs again", severity = Severity.NOTE,
        category = Category.ROBUSTNESS, since = "0.1.0", tags = {"maintainability"})
public final class EventTriggerNotRerunnable implements Rule {
    /** pg_dump's table-of-contents comment of an event trigger; group 1 is its name. */
    private static final Pattern DUMPED_TRIGGER = Pattern.compile("-- Name: ([^\\n]*?); Type: EVENT TRIGGER; Schema: -;");

    @Override
    public void check(RuleContext context) {
        // Only a script that runs a CREATE EVENT TRIGGER (itself or in a script it includes) can fail
        // for one: the others are not replayed. By identity: a record's hash would hash its whole AST.
        Map<Statement.CreateEventTrigger, ScriptFile> creating = new IdentityHashMap<>();
        context.model().eventTriggerCreations().forEach(creation -> creating.put(creation.statement(), creation.file()));
        Set<ScriptFile> creatingFiles = Collections.newSetFromMap(new IdentityHashMap<>());
        creatingFiles.addAll(creating.values());
        // The names each script's pg_dump comments give, read once per script that creates one.
        Map<ScriptFile, Set<String>> dumped = new IdentityHashMap<>();
        for (ScriptFile file : context.model().files()) {
            // An included script runs again when the script that includes it does.
            if (context.model().isIncluded(file)
                    || context.model().scriptsRunBy(file).stream().noneMatch(creatingFiles::contains)) {
                continue;
            }
            for (Statement.CreateEventTrigger create : ScriptRerun.failingOnSecondRun(context.flow(), file)) {
                String name = create.name().name();
                ScriptFile at = creating.getOrDefault(create, file);
                if (dumped.computeIfAbsent(at, EventTriggerNotRerunnable::dumpedTriggers).contains(name)) {
                    continue;
                }
                context.report(at.source(), create)
                        .message("CREATE EVENT TRIGGER " + name + " fails when " + file.source().fileName()
                                + " runs again: event trigger \"" + name + "\" already exists")
                        .help("put DROP EVENT TRIGGER IF EXISTS " + name + "; before it, or create it in a DO block "
                                + "only IF NOT EXISTS (SELECT 1 FROM pg_event_trigger WHERE evtname = '" + name + "')");
            }
        }
    }

    /**
     * DROP EVENT TRIGGER IF EXISTS before the CREATE, as the help says: the second run then creates
     * it anew. Unsafe: the DROP takes with it whatever the database's trigger of that name has that
     * the CREATE does not give back (an ENABLE REPLICA or ALWAYS, DISABLE, its owner, a COMMENT, or
     * another definition made elsewhere), and outside a transaction DDL runs unwatched between the two.
     * Isolated within the CREATE: the DROP repeats its name, which another fix may change (EVT302).
     */
    @Override
    public List<Fix> fixes(Finding finding, ScriptFile script, ProjectModel project) {
        SourceFile file = script.source();
        for (Statement statement : script.statements()) {
            if (statement instanceof Statement.CreateEventTrigger create && create.range().equals(finding.location().range())) {
                // The name as written: a quoted name stays quoted.
                String name = file.text(create.name().range());
                return List.of(new Fix("Drop the event trigger " + name + " first (DROP EVENT TRIGGER IF EXISTS)",
                        List.of(TextEdit.lineBefore(file, create.range(), "DROP EVENT TRIGGER IF EXISTS " + name + ";")),
                        Fix.Applicability.UNSAFE, create.range()));
            }
        }
        return List.of();
    }

    /**
     * Output of pg_dump, recognised by the table-of-contents comment it writes before each object
     * ("-- Name: t; Type: EVENT TRIGGER; Schema: -; Owner: ..."): a dump is restored once, into an
     * empty database. The names of the event triggers a file has such a comment for, found in one
     * pass over the file (pg_dump writes the name on one line: it replaces newlines in names).
     */
    private static Set<String> dumpedTriggers(ScriptFile file) {
        Set<String> names = new HashSet<>();
        Matcher comment = DUMPED_TRIGGER.matcher(file.source().text());
        while (comment.find()) {
            names.add(comment.group(1));
        }
        return names;
    }
}
