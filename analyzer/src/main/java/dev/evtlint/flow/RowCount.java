package dev.evtlint.flow;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Statement;
import java.util.List;
import java.util.Map;

/**
 * A comparison of the number of rows an event function returns with a constant:
 * {@code (SELECT count(*) FROM pg_event_trigger_ddl_commands()) = 1}, {@code ... > 1}, {@code 1 <> (...)},
 * or {@code n > 1} where {@code n} holds that number.
 * Its outcome may say that the function returns at most one row in this firing, or that it does not;
 * one-sidedly, as {@code count <> 1} being false does but its being true does not.
 */
record RowCount(Fact fact, String operator, long constant) {
    private static final Map<String, Fact> EVENT_FUNCTIONS = Map.of(
            "pg_event_trigger_ddl_commands", Fact.ONE_DDL_COMMAND,
            "pg_event_trigger_dropped_objects", Fact.ONE_DROPPED_OBJECT);
    /** The operator with its operands swapped: {@code 1 < n} is {@code n > 1}. */
    private static final Map<String, String> MIRRORED = Map.of("=", "=", "<>", "<>", "!=", "<>",
            "<", ">", ">", "<", "<=", ">=", ">=", "<=");
    /** The operator that holds when the comparison is false. */
    private static final Map<String, String> NEGATED = Map.of("=", "<>", "<>", "=", "<", ">=", ">=", "<", ">", "<=", "<=", ">");

    /** The count comparison {@code condition} is, given what {@code state} knows of the variables; or null. */
    static RowCount of(Expr condition, GuardState state) {
        if (!(condition instanceof Expr.Operator comparison) || comparison.operands().size() != 2
                || !MIRRORED.containsKey(comparison.operator())) {
            return null;
        }
        List<Expr> operands = comparison.operands();
        Fact left = countedFunction(operands.get(0), state);
        Long right = integer(operands.get(1));
        if (left != null && right != null) {
            return new RowCount(left, comparison.operator().equals("!=") ? "<>" : comparison.operator(), right);
        }
        Fact mirroredFact = countedFunction(operands.get(1), state);
        Long mirroredConstant = integer(operands.get(0));
        return mirroredFact != null && mirroredConstant != null
                ? new RowCount(mirroredFact, MIRRORED.get(comparison.operator()), mirroredConstant) : null;
    }

    /** Whether the function returns at most one row when the comparison is {@code truth}; null when that leaves it open. */
    Boolean atMostOne(boolean truth) {
        String holds = truth ? operator : NEGATED.get(operator);
        return switch (holds) {
            case "=" -> constant <= 1;
            case "<" -> constant <= 2 ? Boolean.TRUE : null;
            case "<=" -> constant <= 1 ? Boolean.TRUE : null;
            case ">" -> constant >= 1 ? Boolean.FALSE : null;
            case ">=" -> constant >= 2 ? Boolean.FALSE : null;
            default -> null;
        };
    }

    /** The fact about the event function whose rows {@code expr} counts: a counting subquery, or a variable holding one's result. */
    private static Fact countedFunction(Expr expr, GuardState state) {
        if (expr instanceof Expr.ColumnRef variable && variable.names().size() == 1) {
            return state.rowCount(variable.lastName());
        }
        return expr instanceof Expr.Subquery subquery && subquery.kind() == Expr.SubqueryKind.SCALAR
                ? countedRows(subquery.query()) : null;
    }

    /** The fact about the event function all of whose rows {@code SELECT count(*) FROM f()} counts, or null. */
    static Fact countedRows(Statement.Select select) {
        if (select.where() != null || !select.otherExpressions().isEmpty() || select.targets().size() != 1
                || !(select.targets().get(0) instanceof Expr.FunctionCall count) || !countsEveryRow(count)
                || select.from().size() != 1 || !(select.from().get(0) instanceof Part.FunctionTableRef table)
                || table.functions().size() != 1) {
            return null;
        }
        return EVENT_FUNCTIONS.get(table.functions().get(0).name().name());
    }

    /** {@code count(*)} or {@code count(1)}; {@code count(column)} skips the rows where it is NULL. */
    private static boolean countsEveryRow(Expr.FunctionCall call) {
        return call.calls("count") && (call.star() || call.arguments().size() == 1 && integer(call.arguments().get(0)) != null);
    }

    private static Long integer(Expr expr) {
        return expr instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.INTEGER
                ? Long.valueOf(literal.value()) : null;
    }
}
