package dev.evtlint.rules.contract;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.Cfg;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.OwnBody;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.FindingBuilder;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a PL/pgSQL event trigger function may not do: it is compiled as a function returning void,
 * runs inside the command's transaction, has only TG_EVENT and TG_TAG as special variables, and a
 * STABLE or IMMUTABLE one runs its statements read-only.
 */
@RuleMeta(id = "EVT405", name = "trigger-function-body-contract",
        summary = "Statement an event trigger function cannot run", severity = Severity.ERROR,
        category = Category.CONTRACT, since = "0.1.0", tags = {"correctness"})
public final class TriggerFunctionBodyContract implements Rule {
    /** The special variables of DML trigger functions; an event trigger function has none of them. */
    private static final Set<String> DML_TRIGGER_VARIABLES = Set.of("new", "old", "tg_op", "tg_name", "tg_when",
            "tg_level", "tg_relid", "tg_relname", "tg_table_name", "tg_table_schema", "tg_nargs", "tg_argv");
    /** The special variables PL/pgSQL gives an event trigger function. */
    private static final Set<String> EVENT_TRIGGER_VARIABLES = Set.of("tg_event", "tg_tag");

    private static final String OBJECTS_HELP = "use TG_TAG, TG_EVENT, or pg_event_trigger_ddl_commands() / "
            + "pg_event_trigger_dropped_objects() for the objects";

    @Override
    public void check(RuleContext context) {
        // Earlier definitions that triggers ran before a later one replaced them are bound by the contract as well.
        for (FunctionDef function : context.model().definitions()) {
            if (function.returnsEventTrigger() && function.body() != null) {
                new Walk(context, function).run();
            }
        }
    }

    /** One function body, without the bodies of functions and DO blocks its statements create (see OwnBody). */
    private static final class Walk {
        private final RuleContext context;
        private final FunctionDef function;
        private final Set<String> declared;
        /** Every name the body itself introduces: variables, FOR loop variables, block and loop labels. */
        private final Set<String> bodyNames;
        /** The column references that may name a column of a table in the statement's FROM (or target). */
        private final Set<Expr.ColumnRef> mayNameColumns;
        private final boolean readOnly;
        /** The statements some path of the body gets to, found on first use. */
        private Set<Cfg.Vertex> reachable;

        Walk(RuleContext context, FunctionDef function) {
            this.context = context;
            this.function = function;
            this.declared = AstVisitor.collect(function.body(), Part.PlDeclaration.class).stream()
                    .map(d -> d.name().name()).collect(Collectors.toSet());
            this.bodyNames = bodyNames(function.body());
            this.mayNameColumns = referencesWithTables(function.body());
            this.readOnly = !function.definition().volatility().equals("VOLATILE");
        }

        void run() {
            OwnBody.forEach(function, this::check);
        }

        private void check(Node node) {
            if (node instanceof PlStatement.Return ret) {
                returnStatement(ret);
            } else if (node instanceof PlStatement.Transaction transaction && runs(transaction)) {
                report(transaction, (transaction.commit() ? "COMMIT" : "ROLLBACK") + " in event trigger function "
                        + function.signature() + " fails with invalid transaction termination: the trigger runs "
                        + "inside the command's transaction", "remove it; the command's transaction commits the work");
            } else if (node instanceof Expr.ColumnRef column) {
                variable(column, column.names().get(0).name());
            } else if (node instanceof PlStatement.Assign assign) {
                variable(assign.target(), assign.target().parts().get(0).name());
            } else if (readOnly && node instanceof PlStatement.Sql sql && runs(sql)) {
                write(sql, sql.statement());
            } else if (readOnly && node instanceof PlStatement.Execute execute && execute.statement() != null && runs(execute)) {
                write(execute, execute.statement());
            }
        }

        /**
         * Whether some path of the body gets to {@code statement}: the failures checked at run time
         * (a COMMIT, a write in a read-only function) cannot happen in a statement after an
         * unconditional RAISE or RETURN. Compile-time ones, such as RETURN with a value, happen anyway.
         */
        private boolean runs(PlStatement statement) {
            Cfg cfg = context.flow().cfg(function);
            if (reachable == null) {
                reachable = cfg.reachableVertices();
            }
            return reachable.contains(cfg.vertex(statement));
        }

        private void returnStatement(PlStatement.Return ret) {
            String problem = switch (ret.kind()) {
                case RETURN -> ret.value() == null ? null
                        : "RETURN with a value fails with RETURN cannot have a parameter in function returning void";
                case RETURN_NEXT -> "RETURN NEXT fails with cannot use RETURN NEXT in a non-SETOF function";
                case RETURN_QUERY -> "RETURN QUERY fails with cannot use RETURN QUERY in a non-SETOF function";
            };
            if (problem != null) {
                report(ret, problem + ": event trigger function " + function.signature()
                        + " is compiled as returning void", "write RETURN; without a value, or let the function end");
            }
        }

        private void variable(Node at, String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (DML_TRIGGER_VARIABLES.contains(lower) && !declared.contains(name)) {
                report(at, name.toUpperCase(Locale.ROOT) + " is a variable of DML trigger functions; event trigger "
                        + "function " + function.signature() + " has only TG_EVENT and TG_TAG", OBJECTS_HELP);
            } else if (isInventedTriggerVariable(at, lower)) {
                report(at, name + " is no variable of event trigger function " + function.signature() + ", which has "
                        + "only TG_EVENT and TG_TAG: PL/pgSQL compiles it as a column reference, and the statement "
                        + "fails with column \"" + lower + "\" does not exist whenever it runs", OBJECTS_HELP);
            }
        }

        /**
         * A TG_ name that is neither a special variable nor a name of the body, where no table is in
         * scope that could have such a column (in a PL/pgSQL expression, or a query without FROM).
         * Names in dynamic SQL are the executed statement's, not the function's, and are left alone.
         */
        private boolean isInventedTriggerVariable(Node at, String lower) {
            return lower.startsWith("tg_") && !EVENT_TRIGGER_VARIABLES.contains(lower)
                    && !bodyNames.contains(lower) && at instanceof Expr.ColumnRef column
                    && !mayNameColumns.contains(column);
        }

        private static Set<String> bodyNames(Node body) {
            Set<String> names = new HashSet<>();
            body.accept(node -> {
                if (node instanceof Part.PlDeclaration declaration) {
                    names.add(declaration.name().name().toLowerCase(Locale.ROOT));
                } else if (node instanceof PlStatement.Loop loop) {
                    loop.targets().forEach(target -> names.add(target.parts().get(0).name().toLowerCase(Locale.ROOT)));
                    addLabel(names, loop.label());
                } else if (node instanceof PlStatement.Block block) {
                    addLabel(names, block.label());
                }
                return true;
            });
            return names;
        }

        private static void addLabel(Set<String> names, Part.Identifier label) {
            if (label != null) {
                names.add(label.name().toLowerCase(Locale.ROOT));
            }
        }

        private static Set<Expr.ColumnRef> referencesWithTables(Node body) {
            Set<Expr.ColumnRef> references = Collections.newSetFromMap(new IdentityHashMap<>());
            body.accept(node -> {
                boolean tablesInScope = node instanceof Statement.Select select && !select.from().isEmpty()
                        || node instanceof Statement.Update || node instanceof Statement.Delete
                        || node instanceof PlStatement.Execute;
                if (tablesInScope) {
                    references.addAll(AstVisitor.collect(node, Expr.ColumnRef.class));
                } else if (node instanceof Statement.Insert insert) {
                    // RETURNING and ON CONFLICT see the target table's columns; VALUES does not.
                    insert.otherExpressions().forEach(e -> references.addAll(AstVisitor.collect(e, Expr.ColumnRef.class)));
                }
                return true;
            });
            return references;
        }

        /** spi.c runs a non-volatile function's statements read-only: everything but a plain SELECT fails. */
        private void write(PlStatement at, Statement statement) {
            boolean readsOnly = statement instanceof Statement.Select select && select.locking().isEmpty()
                    && select.intoTable() == null && select.with().stream().allMatch(cte -> cte.query() instanceof Statement.Select);
            if (!readsOnly) {
                report(at, statement.commandTag() + " in " + function.definition().volatility() + " event trigger "
                        + "function " + function.signature() + " fails with " + statement.commandTag()
                        + " is not allowed in a non-volatile function", "declare the function VOLATILE (the default)");
            }
        }

        private void report(Node at, String message, String help) {
            FindingBuilder finding = context.report(function.file(), at).message(message).help(help);
            List<EventTriggerDef> triggers = context.model().triggersReaching(function);
            if (!triggers.isEmpty()) {
                EventTriggerDef trigger = triggers.get(0);
                finding.related(trigger.file(), trigger.definition(), "event trigger " + trigger.name() + " on " + trigger.event());
            }
        }
    }
}
