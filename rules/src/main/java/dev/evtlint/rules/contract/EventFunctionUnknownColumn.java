package dev.evtlint.rules.contract;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.BuiltinFunctions;
import dev.evtlint.flow.PlNodes;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Nearest;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A column read from the result of pg_event_trigger_ddl_commands() or
 * pg_event_trigger_dropped_objects() that the function does not return: in a query over it, or as
 * a field of the loop variable of {@code FOR r IN SELECT * FROM ...}.
 */
@RuleMeta(id = "EVT402", name = "event-function-unknown-column",
        summary = "Column read from an event function's result that it does not return", severity = Severity.ERROR,
        category = Category.CONTRACT, since = "0.1.0", tags = {"correctness"})
public final class EventFunctionUnknownColumn implements Rule {

    @Override
    public void check(RuleContext context) {
        BuiltinFunctions builtins = context.flow().builtins();
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            Set<String> variables = variables(function);
            for (Statement.Select select : AstVisitor.collect(function.body(), Statement.Select.class)) {
                Source source = source(select, builtins);
                if (source != null && select.from().size() == 1) {
                    for (Expr.ColumnRef column : columnsOf(select, source)) {
                        boolean ours = column.names().size() == 1 && !variables.contains(column.lastName())
                                        && !source.isRowName(column.lastName())
                                || source.alias != null && column.names().size() == 2 && column.names().get(0).name().equals(source.alias);
                        if (ours) {
                            check(context, function, column, source.builtin, missingColumn(column));
                        }
                    }
                }
            }
            PlNodes.forEachStatement(function.body(), statement -> {
                if (statement instanceof PlStatement.Loop loop && loop.kind() == PlStatement.LoopKind.FOR_QUERY
                        && loop.targets().size() == 1 && loop.query() instanceof Statement.Select select
                        && selectsAll(select)) {
                    Source source = source(select, builtins);
                    String variable = loop.targets().get(0).toString();
                    if (source != null) {
                        for (PlStatement inner : loop.body()) {
                            for (Expr.ColumnRef field : AstVisitor.collect(inner, Expr.ColumnRef.class)) {
                                if (field.names().size() == 2 && field.names().get(0).name().equals(variable)) {
                                    check(context, function, field, source.builtin,
                                            "record \"" + variable + "\" has no field \"" + field.lastName() + "\"");
                                }
                            }
                        }
                    }
                }
            });
        }
    }

    /**
     * Names that are PL/pgSQL variables rather than columns in the function's SQL: its declarations,
     * loop variables, parameters, and the special variables PL/pgSQL defines.
     */
    private static Set<String> variables(FunctionDef function) {
        Set<String> names = new HashSet<>(Set.of("tg_tag", "tg_event", "found", "sqlstate", "sqlerrm"));
        AstVisitor.collect(function.body(), Part.PlDeclaration.class).forEach(d -> names.add(d.name().name()));
        AstVisitor.collect(function.body(), PlStatement.Loop.class)
                .forEach(loop -> loop.targets().forEach(target -> names.add(target.toString())));
        function.definition().parameters().stream().filter(p -> p.name() != null).forEach(p -> names.add(p.name().name()));
        return names;
    }

    private record Source(BuiltinFunctions.Builtin builtin, String alias) {
        /**
         * Whether a one-part reference names the whole row rather than a column: the alias, or the
         * function's own name without one ({@code e}, {@code e.*} and {@code (e).*} all reach the
         * AST as the reference {@code e}).
         */
        boolean isRowName(String name) {
            return name.equals(alias == null ? builtin.name() : alias);
        }
    }

    /** The event function with known columns the query reads from, and its alias; or null. */
    private static Source source(Statement.Select select, BuiltinFunctions builtins) {
        for (Part.TableRef table : select.from()) {
            if (table instanceof Part.FunctionTableRef functions && functions.functions().size() == 1) {
                BuiltinFunctions.Builtin builtin = builtins.of(functions.functions().get(0));
                if (builtin != null && !builtin.columns().isEmpty()) {
                    return new Source(builtin, functions.alias() == null ? null : functions.alias().name());
                }
            }
        }
        return null;
    }

    /**
     * The columns the query itself reads: in its targets, WHERE and other clauses. A subquery's FROM
     * resolves an unqualified name first (standard scoping), so of a subquery only the references
     * qualified with the event function's alias are the query's.
     */
    private static List<Expr.ColumnRef> columnsOf(Statement.Select select, Source source) {
        List<Expr.ColumnRef> columns = new ArrayList<>();
        List<Expr> clauses = new ArrayList<>(select.targets());
        if (select.where() != null) {
            clauses.add(select.where());
        }
        clauses.addAll(select.otherExpressions());
        for (Expr clause : clauses) {
            clause.accept(node -> {
                if (node instanceof Statement.Select subquery) {
                    AstVisitor.collect(subquery, Expr.ColumnRef.class).stream()
                            .filter(column -> column.names().size() == 2 && source.alias != null
                                    && column.names().get(0).name().equals(source.alias))
                            .forEach(columns::add);
                    return false;
                }
                if (node instanceof Expr.ColumnRef column) {
                    columns.add(column);
                }
                return true;
            });
        }
        return columns;
    }

    /** {@code SELECT *} (no targets kept) or a FOR loop's plain query over the function. */
    private static boolean selectsAll(Statement.Select select) {
        return select.targets().isEmpty();
    }
    /** PostgreSQL's error for a missing column: quoted when bare, unquoted after the table's alias. */
    private static String missingColumn(Expr.ColumnRef column) {
        return column.names().size() == 2
                ? "column " + column.names().get(0).name() + "." + column.lastName() + " does not exist"
                : "column \"" + column.lastName() + "\" does not exist";
    }

    /** {@code error} is what PostgreSQL says when the trigger reads the column. */
    private static void check(RuleContext context, FunctionDef function, Expr.ColumnRef column,
                              BuiltinFunctions.Builtin builtin, String error) {
        String name = column.lastName();
        if (builtin.columns().contains(name)) {
            return;
        }
        String nearest = Nearest.of(name, builtin.columns());
        context.report(function.file(), column)
                .message(builtin.name() + "() has no column " + name + "; reading it fails with " + error
                        + (nearest == null ? "" : " (did you mean " + nearest + "?)"))
                .help("its columns are " + String.join(", ", builtin.columns()));
    }
}
