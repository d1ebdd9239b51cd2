package dev.evtlint.rules.ordering;

import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.EventFunctionQueries;
import dev.evtlint.flow.PlNodes;
import dev.evtlint.flow.StateAccess;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A ddl_command_start function that writes rows, typically to record the attempt: the row is part
 * of the command's transaction and rolls back when the command fails, and ddl_command_end and
 * sql_drop never run for failed commands.
 */
@RuleMeta(id = "EVT303", name = "audit-lost-on-failed-command",
        summary = "Audit row written at ddl_command_start that rolls back with a failed command",
        severity = Severity.WARNING, category = Category.ORDERING, since = "0.1.0", tags = {"correctness"})
public final class AuditLostOnFailedCommand implements Rule {
    private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE");

    /** The events that fire after a successful command, whose triggers may pick up a row written at the start. */
    private static final Set<String> LATER_EVENTS = Set.of("ddl_command_end", "sql_drop");

    @Override
    public void check(RuleContext context) {
        List<StateAccess.Access> readLater = readsOfLaterTriggers(context);
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            EventTriggerDef start = context.model().firstTriggerReaching(function, "ddl_command_start");
            if (start == null || recordsCommands(context.model(), function)) {
                continue;
            }
            // At ddl_command_start the event functions have no rows yet: a write made per row of
            // theirs never runs there, so it loses no attempt (EVT304 or EVT401 reports the query
            // that leaves the loop empty).
            Set<PlStatement> neverRun = EventFunctionQueries.runPerEventRow(function.body());
            PlNodes.forEachStatement(function.body(), statement -> {
                Statement sql = statement instanceof PlStatement.Sql s ? s.statement()
                        : statement instanceof PlStatement.Execute e ? e.statement() : null;
                if (sql != null && WRITES.contains(sql.commandTag()) && !neverRun.contains(statement)
                        && !handedOn(sql, readLater)) {
                    context.report(function.file(), statement)
                            .message(sql.commandTag() + " in " + function.signature() + " runs at ddl_command_start (event "
                                    + "trigger " + start.name() + "): the row rolls back when the command or a later "
                                    + "trigger fails, so failed attempts are never recorded")
                            .help("record attempts outside the command's transaction (RAISE LOG to the server log, or "
                                    + "dblink to another session), or record only successes at ddl_command_end")
                            .related(start.file(), start.definition(), "event trigger " + start.name() + " on ddl_command_start");
                }
            });
        }
    }

    /**
     * A function that ddl_command_end or sql_drop triggers run too writes its rows for commands that
     * succeed (a DDL log or replication queue fed at the start for some tags, at the end for others):
     * it records commands, not attempts, and a row going with a failed command is what it wants.
     */
    private static boolean recordsCommands(ProjectModel model, FunctionDef function) {
        return LATER_EVENTS.stream().anyMatch(event -> model.firstTriggerReaching(function, event) != null);
    }

    /**
     * What the functions of ddl_command_end and sql_drop triggers read, their earlier definitions' reads too:
     * each function once, however many triggers run it (N triggers of one function calling a chain of N
     * functions were N squared steps).
     */
    static List<StateAccess.Access> readsOfLaterTriggers(RuleContext context) {
        Set<FunctionDef> functions = Collections.newSetFromMap(new IdentityHashMap<>());
        return context.model().triggerRuns().stream()
                .filter(trigger -> LATER_EVENTS.contains(trigger.event()) && trigger.function() != null)
                .map(EventTriggerDef::function).filter(functions::add)
                .flatMap(function -> StateAccess.of(context.model(), function).reads().stream())
                .toList();
    }

    /**
     * A row that a ddl_command_end or sql_drop trigger reads is state handed on to the end of the
     * command (say, the schema before the change), not a record of the attempt: rolling it back
     * with a failed command is what its author wants.
     */
    private static boolean handedOn(Statement write, List<StateAccess.Access> readLater) {
        Part.QualifiedName table = write instanceof Statement.Insert insert ? insert.table()
                : write instanceof Statement.Update update ? update.table()
                : write instanceof Statement.Delete delete ? delete.table() : null;
        return table != null && readLater.stream().anyMatch(read -> read.state().sameAs(StateAccess.table(table)));
    }
}
