package dev.evtlint.flow;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Statement;
import java.util.List;
import java.util.Set;

/**
 * Reads conditions as facts: {@code pg_is_in_recovery()}, a variable that holds it, {@code NOT},
 * {@code AND}, {@code OR}, {@code IS TRUE}, {@code = false}, a one-value subquery; tests of the
 * connecting user ({@code rolsuper}, {@code current_user = 'admin'}); and counts of an event
 * function's rows ({@code (SELECT count(*) FROM pg_event_trigger_ddl_commands()) <> 1}) and tests of
 * TG_TAG that leave only commands that report one row there.
 */
final class Conditions {
    private static final Set<String> SUPERUSER_COLUMNS = Set.of("rolsuper", "usesuper");
    private static final Set<String> USER_FUNCTIONS = Set.of("current_user", "session_user", "current_role", "user");

    private final BuiltinFunctions builtins;

    Conditions(BuiltinFunctions builtins) {
        this.builtins = builtins;
    }

    /** The state on the path where {@code condition} evaluated to {@code truth}. */
    GuardState refine(Expr condition, boolean truth, GuardState state) {
        if (condition == null || !state.reachable()) {
            return state;
        }
        RowCount count = RowCount.of(condition, state);
        if (count != null) {
            Boolean atMostOne = count.atMostOne(truth);
            return atMostOne == null ? state : state.assume(count.fact(), atMostOne);
        }
        TagTest tagTest = TagTest.of(condition);
        if (tagTest != null) {
            Boolean oneRow = tagTest.oneCommandRow(truth);
            return oneRow == null ? state : state.assume(Fact.ONE_DDL_COMMAND, oneRow);
        }
        FactLiteral literal = literal(condition, state);
        if (literal != null) {
            return state.assume(literal.fact(), literal.positive() == truth);
        }
        if (condition instanceof Expr.Bool bool) {
            List<Expr> operands = bool.operands();
            switch (bool.operator()) {
                case NOT -> {
                    return refine(operands.get(0), !truth, state);
                }
                case AND -> {
                    return truth ? all(operands, true, state) : any(operands, false, state);
                }
                case OR -> {
                    return truth ? any(operands, true, state) : all(operands, false, state);
                }
            }
        }
        return state;
    }

    private GuardState all(List<Expr> operands, boolean truth, GuardState state) {
        GuardState result = state;
        for (Expr operand : operands) {
            result = refine(operand, truth, result);
        }
        return result;
    }

    private GuardState any(List<Expr> operands, boolean truth, GuardState state) {
        GuardState result = GuardState.unreachable();
        for (Expr operand : operands) {
            result = result.join(refine(operand, truth, state));
        }
        return result;
    }

    /** The fact an expression stands for, or null when it stands for none. */
    FactLiteral literal(Expr expr, GuardState state) {
        if (expr instanceof Expr.FunctionCall call) {
            if (builtins.has(call, BuiltinFunctions.Effect.RECOVERY_CHECK)) {
                return new FactLiteral(Fact.IN_RECOVERY, true);
            }
            return call.calls("pg_has_role") ? new FactLiteral(Fact.PRIVILEGED_USER, true) : null;
        }
        if (expr instanceof Expr.ColumnRef column) {
            if (column.names().size() == 1 && state.variable(column.lastName()) != null) {
                return state.variable(column.lastName());
            }
            return SUPERUSER_COLUMNS.contains(column.lastName()) ? new FactLiteral(Fact.PRIVILEGED_USER, true) : null;
        }
        if (expr instanceof Expr.Bool bool && bool.operator() == Expr.BoolOperator.NOT) {
            FactLiteral inner = literal(bool.operands().get(0), state);
            return inner == null ? null : inner.negate();
        }
        if (expr instanceof Expr.Subquery subquery) {
            return subqueryLiteral(subquery, state);
        }
        if (expr instanceof Expr.Operator operator) {
            return operatorLiteral(operator, state);
        }
        return null;
    }

    private FactLiteral subqueryLiteral(Expr.Subquery subquery, GuardState state) {
        Statement.Select select = subquery.query();
        if (subquery.kind() == Expr.SubqueryKind.EXISTS || subquery.kind() == Expr.SubqueryKind.SCALAR) {
            boolean mentionsSuperuser = AstVisitor.collect(select, Expr.ColumnRef.class).stream()
                    .anyMatch(c -> SUPERUSER_COLUMNS.contains(c.lastName()));
            if (mentionsSuperuser) {
                return new FactLiteral(Fact.PRIVILEGED_USER, true);
            }
        }
        if (subquery.kind() == Expr.SubqueryKind.SCALAR && select.targets().size() == 1 && select.from().isEmpty()) {
            return literal(select.targets().get(0), state);
        }
        return null;
    }

    private FactLiteral operatorLiteral(Expr.Operator operator, GuardState state) {
        List<Expr> operands = operator.operands();
        switch (operator.operator()) {
            case "IS TRUE", "IS NOT FALSE" -> {
                return literal(operands.get(0), state);
            }
            case "IS FALSE", "IS NOT TRUE" -> {
                FactLiteral inner = literal(operands.get(0), state);
                return inner == null ? null : inner.negate();
            }
            case "=", "<>", "IS DISTINCT FROM", "IS NOT DISTINCT FROM" -> {
                return comparisonLiteral(operator.operator(), operands.get(0), operands.get(1), state);
            }
            case "IN" -> {
                return namesUser(operands.get(0)) ? new FactLiteral(Fact.PRIVILEGED_USER, true) : null;
            }
            case "NOT IN" -> {
                return namesUser(operands.get(0)) ? new FactLiteral(Fact.PRIVILEGED_USER, false) : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** {@code x = true}, {@code false <> x}, {@code current_user = 'admin'}. */
    private FactLiteral comparisonLiteral(String operator, Expr left, Expr right, GuardState state) {
        boolean equal = operator.equals("=") || operator.equals("IS NOT DISTINCT FROM");
        Boolean constant = booleanConstant(right);
        Expr other = left;
        if (constant == null) {
            constant = booleanConstant(left);
            other = right;
        }
        if (constant != null) {
            FactLiteral inner = literal(other, state);
            return inner == null ? null : constant == equal ? inner : inner.negate();
        }
        if ((namesUser(left) && right instanceof Expr.Literal) || (namesUser(right) && left instanceof Expr.Literal)) {
            return new FactLiteral(Fact.PRIVILEGED_USER, equal);
        }
        return null;
    }

    private static Boolean booleanConstant(Expr expr) {
        if (expr instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.BOOLEAN) {
            return Boolean.valueOf(literal.value());
        }
        return null;
    }

    private static boolean namesUser(Expr expr) {
        return expr instanceof Expr.FunctionCall call && call.arguments().isEmpty()
                && USER_FUNCTIONS.contains(call.name().name());
    }
}
