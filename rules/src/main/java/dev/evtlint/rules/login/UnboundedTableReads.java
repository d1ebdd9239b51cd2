package dev.evtlint.rules.login;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.Aggregates;
import dev.evtlint.flow.PlNodes;
import dev.evtlint.model.Database;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.model.TableDef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Queries in a PL/pgSQL statement that may read a whole user table: a SELECT over one table (not a
 * catalog, a view of pg_catalog or information_schema, a function or a WITH query) without LIMIT,
 * and either without WHERE, or with a WHERE that tests no key or indexed column of a table the
 * scripts create by equality. Where evtlint cannot tell it stays silent: joins, a WHERE on a table
 * the scripts do not create (its indexes are unknown), and a query of which only the first row is
 * used (EXISTS, a scalar subquery, SELECT INTO) without WHERE, unless it aggregates.
 */
final class UnboundedTableReads {
    private static final Set<String> CATALOG_SCHEMAS = Set.of("pg_catalog", "information_schema");

    /** A query that may read the whole of a table, and why. */
    record Read(Statement.Select query, String why) {
    }

    private UnboundedTableReads() {
    }

    /** The reads of {@code statement}, one of {@code function}'s: tables are those of the function's database. */
    static List<Read> in(PlStatement statement, ProjectModel model, FunctionDef function) {
        List<Node> parts = PlNodes.ownParts(statement);
        Set<Statement.Select> firstRowOnly = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> withQueries = new HashSet<>();
        if (statement instanceof PlStatement.Sql sql && !sql.into().isEmpty() && sql.statement() instanceof Statement.Select into) {
            firstRowOnly.add(into);
        }
        for (Node part : parts) {
            for (Expr.Subquery subquery : AstVisitor.collect(part, Expr.Subquery.class)) {
                if (subquery.kind() == Expr.SubqueryKind.EXISTS || subquery.kind() == Expr.SubqueryKind.SCALAR) {
                    firstRowOnly.add(subquery.query());
                }
            }
            AstVisitor.collect(part, Part.CommonTableExpression.class).forEach(cte -> withQueries.add(cte.name().name()));
        }
        List<Read> reads = new ArrayList<>();
        for (Node part : parts) {
            for (Statement.Select select : AstVisitor.collect(part, Statement.Select.class)) {
                String why = why(select, firstRowOnly.contains(select), withQueries, model, model.databaseOf(function));
                if (why != null) {
                    reads.add(new Read(select, why));
                }
            }
        }
        return reads;
    }

    private static String why(Statement.Select select, boolean firstRowOnly, Set<String> withQueries, ProjectModel model,
                              Database database) {
        if (select.limit() != null || !select.setOperands().isEmpty() || select.from().size() != 1
                || !(select.from().get(0) instanceof Part.RelationRef relation) || !isUserTable(relation, withQueries)) {
            return null;
        }
        String name = relation.name().toString();
        TableDef table = model.table(relation.name(), database);
        if (select.where() == null) {
            boolean aggregates = select.targets().stream().anyMatch(Aggregates::callsAggregate);
            if (firstRowOnly && !aggregates) {
                return null;
            }
            return "the query reads every row of " + name + " (no WHERE, no LIMIT)"
                    + (table == null ? ", a table the analysed scripts do not create, so its size is unknown" : "");
        }
        if (table == null || table.isLookedUpBy(equalityColumns(select.where(), relation))) {
            return null;
        }
        return "the query may read every row of " + name + ": no LIMIT, and its WHERE compares no key or indexed column "
                + "of " + name + " by equality (as the analysed scripts declare its keys and indexes)";
    }

    /** Not a system catalog or view (pg_catalog, information_schema, or pg_* without schema), nor a WITH query. */
    private static boolean isUserTable(Part.RelationRef relation, Set<String> withQueries) {
        String schema = relation.name().schema();
        String name = relation.name().name();
        if (schema != null) {
            return !CATALOG_SCHEMAS.contains(schema);
        }
        return !name.startsWith("pg_") && !withQueries.contains(name);
    }

    /** The columns of {@code relation} that the top-level AND terms of {@code where} compare by = or IN. */
    private static Set<String> equalityColumns(Expr where, Part.RelationRef relation) {
        Set<String> columns = new HashSet<>();
        if (where instanceof Expr.Bool bool && bool.operator() == Expr.BoolOperator.AND) {
            bool.operands().forEach(operand -> columns.addAll(equalityColumns(operand, relation)));
        } else if (where instanceof Expr.Operator operator && operator.operator().equals("=")) {
            operator.operands().forEach(operand -> addIfColumnOf(operand, relation, columns));
        } else if (where instanceof Expr.Operator operator && operator.operator().equals("IN")) {
            addIfColumnOf(operator.operands().get(0), relation, columns);
        } else if (where instanceof Expr.Subquery subquery && subquery.kind() == Expr.SubqueryKind.IN) {
            addIfColumnOf(subquery.left(), relation, columns);
        }
        return columns;
    }

    private static void addIfColumnOf(Expr expr, Part.RelationRef relation, Set<String> columns) {
        if (!(expr instanceof Expr.ColumnRef column)) {
            return;
        }
        String qualifier = column.names().size() == 2 ? column.names().get(0).name() : null;
        boolean ours = column.names().size() == 1 || qualifier.equals(relation.name().name())
                || relation.alias() != null && qualifier.equals(relation.alias().name());
        if (ours) {
            columns.add(column.lastName());
        }
    }
}
