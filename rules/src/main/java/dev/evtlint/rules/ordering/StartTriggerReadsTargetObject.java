package dev.evtlint.rules.ordering;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A ddl_command_start function that looks for the command's object: a catalog query on a name taken
 * from current_query(), or a query over pg_event_trigger_ddl_commands(). At ddl_command_start the
 * command has not run: a CREATE has created nothing, and PostgreSQL has not even checked that the
 * object of an ALTER or DROP exists. An EXISTS test is how to ask, and is left alone.
 */
@RuleMeta(id = "EVT304", name = "start-trigger-reads-target-object",
        summary = "ddl_command_start function looking up the object the command has not touched yet",
        severity = Severity.WARNING, category = Category.ORDERING, since = "0.1.0", tags = {"correctness"})
public final class StartTriggerReadsTargetObject implements Rule {
    private static final String DDL_COMMANDS = "pg_event_trigger_ddl_commands";

    @Override
    public void check(RuleContext context) {
        Map<FunctionDef, EventTriggerDef> starts = new LinkedHashMap<>();
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            EventTriggerDef start = context.model().firstTriggerReaching(function, "ddl_command_start");
            if (start != null) {
                starts.put(function, start);
            }
        }
        CommandText commandText = CommandText.of(context.model(), List.copyOf(starts.keySet()));
        starts.forEach((function, start) -> new Walk(context, function, start, commandText.names(function)).run());
    }

    /** Walks one body keeping the queries around the current node. */
    private static final class Walk {
        private final RuleContext context;
        private final FunctionDef function;
        private final EventTriggerDef start;
        private final Set<String> commandText;
        private final Deque<Statement.Select> queries = new ArrayDeque<>();
        private final Set<Statement.Select> existenceTests = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Statement.Select> reported = Collections.newSetFromMap(new IdentityHashMap<>());

        Walk(RuleContext context, FunctionDef function, EventTriggerDef start, Set<String> commandText) {
            this.context = context;
            this.function = function;
            this.start = start;
            this.commandText = commandText;
        }

        void run() {
            function.body().accept(new AstVisitor() {
                @Override
                public boolean enter(Node node) {
                    if (node instanceof Statement.CreateFunction || node instanceof Statement.Do) {
                        return false;
                    }
                    if (node instanceof Expr.Subquery subquery && subquery.kind() == Expr.SubqueryKind.EXISTS) {
                        existenceTests.add(subquery.query());
                    } else if (node instanceof Statement.Select select) {
                        queries.push(select);
                        checkCatalogLookup(select);
                    } else if (node instanceof Expr.FunctionCall call && call.calls(DDL_COMMANDS)) {
                        reportDdlCommands(call);
                    }
                    return true;
                }

                @Override
                public void exit(Node node) {
                    if (node instanceof Statement.Select) {
                        queries.pop();
                    }
                }
            });
        }

        private void checkCatalogLookup(Statement.Select select) {
            Part.RelationRef catalog = SystemCatalogs.firstIn(select);
            if (catalog == null || existenceTests.contains(select) || !CommandText.derived(select, commandText)) {
                return;
            }
            reported.add(select);
            context.report(function.file(), select)
                    .message("query over " + catalog.name().name() + " in " + function.signature() + " looks up the object "
                            + "named in current_query(), but runs at ddl_command_start (event trigger " + start.name()
                            + "): a CREATE has created nothing yet, and PostgreSQL has not checked that the object of "
                            + "an ALTER or DROP exists")
                    .help("look the object up at ddl_command_end through pg_event_trigger_ddl_commands() (objid, "
                            + "object_identity), or test first with EXISTS (...) or to_regclass(...) IS NOT NULL")
                    .related(start.file(), start.definition(), "event trigger " + start.name() + " on ddl_command_start");
        }

        private void reportDdlCommands(Expr.FunctionCall call) {
            Statement.Select query = queries.peek();
            if (query != null && !reported.add(query)) {
                return;
            }
            context.report(function.file(), query != null ? query : call)
                    .message(DDL_COMMANDS + "() in " + function.signature() + " runs at ddl_command_start (event trigger "
                            + start.name() + "), before the command has done anything: it returns no row for it, and "
                            + "fails unless some ddl_command_end, sql_drop or table_rewrite trigger is enabled")
                    .help("query " + DDL_COMMANDS + "() from a ddl_command_end trigger, where it lists what the "
                            + "command created or changed")
                    .related(start.file(), start.definition(), "event trigger " + start.name() + " on ddl_command_start");
        }
    }
}
