package dev.evtlint.flow;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads conditions as facts: {@code pg_is_in_recovery()}, a variable that holds it, {@code NOT},
 * {@code AND}, {@code OR}, {@code IS TRUE}, {@code = false}, a one-value subquery, a CASE expression,
 * {@code current_setting('transaction_read_only')}, a call of one of the project's boolean helpers
 * ({@link BooleanHelpers}); tests of the connecting user ({@code rolsuper}, {@code current_user = 'admin'});
 * and counts of an event function's rows ({@code (SELECT count(*) FROM pg_event_trigger_ddl_commands()) <> 1})
 * and tests of TG_TAG that leave only commands that report one row there.
 */
final class Conditions {
    private static final Set<String> SUPERUSER_COLUMNS = Set.of("rolsuper", "usesuper");
    private static final Set<String> BOOLEAN_TYPES = Set.of("boolean", "bool", "pg_catalog.bool");
    private static final Set<String> USER_FUNCTIONS = Set.of("current_user", "session_user", "current_role", "user");

    /** Strings that PostgreSQL reads as a boolean value (boolin), compared with a setting or a boolean. */
    private static final Set<String> TRUE_STRINGS = Set.of("on", "true", "t", "yes", "y", "1");
    private static final Set<String> FALSE_STRINGS = Set.of("off", "false", "f", "no", "n", "0");
    private static final String READ_ONLY_SETTING = "transaction_read_only";

    private final BuiltinFunctions builtins;
    private final BooleanHelpers helpers;

    Conditions(BuiltinFunctions builtins, BooleanHelpers helpers) {
        this.builtins = builtins;
        this.helpers = helpers;
    }

    /** The condition {@code subject = value}: how a CASE with a subject tests each WHEN value. */
    static Expr equality(Expr subject, Expr value) {
        return new Expr.Operator(value.range(), "=", List.of(subject, value));
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
        Boolean constant = booleanConstant(condition);
        if (constant != null) {
            return constant == truth ? state : GuardState.unreachable();
        }
        BooleanHelpers.Outcome outcome = condition instanceof Expr.FunctionCall call ? helpers.of(call) : null;
        if (outcome != null) {
            return state.assumeAll(truth ? outcome.whenTrue() : outcome.whenFalse());
        }
        if (condition instanceof Expr.Case choice) {
            return caseExpression(choice, truth, state);
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

    /**
     * A CASE expression has the value {@code truth} on the paths where some WHEN is the first to hold
     * and its result has that value, or none holds and the ELSE has it (without ELSE the value is
     * NULL, which is not true).
     */
    private GuardState caseExpression(Expr.Case choice, boolean truth, GuardState state) {
        GuardState result = GuardState.unreachable();
        GuardState noneYet = state;
        for (Part.CaseWhen when : choice.whens()) {
            Expr test = choice.operand() == null ? when.condition() : equality(choice.operand(), when.condition());
            result = result.join(refine(when.result(), truth, refine(test, true, noneYet)));
            noneYet = refine(test, false, noneYet);
        }
        GuardState otherwise = choice.otherwise() == null ? truth ? GuardState.unreachable() : noneYet
                : refine(choice.otherwise(), truth, noneYet);
        return result.join(otherwise);
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
            return callLiteral(call);
        }
        if (expr instanceof Expr.Cast cast && BOOLEAN_TYPES.contains(cast.type().name())) {
            return literal(cast.operand(), state);
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

    private FactLiteral callLiteral(Expr.FunctionCall call) {
        if (builtins.has(call, BuiltinFunctions.Effect.RECOVERY_CHECK)) {
            return new FactLiteral(Fact.IN_RECOVERY, true);
        }
        if (call.calls("pg_has_role")) {
            return new FactLiteral(Fact.PRIVILEGED_USER, true);
        }
        if (readsReadOnlySetting(call)) {
            return new FactLiteral(Fact.READ_ONLY_TRANSACTION, true);
        }
        BooleanHelpers.Outcome outcome = helpers.of(call);
        return outcome == null ? null : outcome.asLiteral();
    }

    /**
     * What the variable that {@code SELECT target INTO v FROM ...} fills stands for: the connecting
     * user's superuser column looked up in a catalog ({@code SELECT rolsuper INTO is_super FROM
     * pg_roles WHERE rolname = session_user}), as the scalar subquery of the same query reads;
     * null for anything else, since a query over a table may return no row and leave the variable
     * NULL (a recovery test read that way would not hold on a standby).
     */
    FactLiteral selectedFromTable(Statement.Select select, Expr target) {
        Node looksUp = select.targets().size() == 1 ? select : target;
        return looksUpSuperuser(looksUp) ? new FactLiteral(Fact.PRIVILEGED_USER, true) : null;
    }

    private static boolean looksUpSuperuser(Node query) {
        return AstVisitor.collect(query, Expr.ColumnRef.class).stream().anyMatch(c -> SUPERUSER_COLUMNS.contains(c.lastName()));
    }

    /**
     * {@code current_setting('transaction_read_only')}, with or without {@code missing_ok}: 'on' in
     * every standby transaction; a built-in parameter, so it never raises.
     */
    static boolean readsReadOnlySetting(Expr.FunctionCall call) {
        return call.calls("current_setting") && !call.arguments().isEmpty()
                && call.arguments().get(0) instanceof Expr.Literal name && name.kind() == Expr.LiteralKind.STRING
                && name.value().equalsIgnoreCase(READ_ONLY_SETTING);
    }

    private FactLiteral subqueryLiteral(Expr.Subquery subquery, GuardState state) {
        Statement.Select select = subquery.query();
        if ((subquery.kind() == Expr.SubqueryKind.EXISTS || subquery.kind() == Expr.SubqueryKind.SCALAR)
                && looksUpSuperuser(select)) {
            return new FactLiteral(Fact.PRIVILEGED_USER, true);
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
        FactLiteral inner = constant == null ? null : literal(other, state);
        if (inner != null) {
            return constant == equal ? inner : inner.negate();
        }
        if ((namesUser(left) && right instanceof Expr.Literal) || (namesUser(right) && left instanceof Expr.Literal)) {
            return new FactLiteral(Fact.PRIVILEGED_USER, equal);
        }
        return null;
    }

    /** {@code true}, {@code false}, or a string PostgreSQL reads as one ({@code 'on'}, {@code 'off'}, ...). */
    private static Boolean booleanConstant(Expr expr) {
        if (expr instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.BOOLEAN) {
            return Boolean.valueOf(literal.value());
        }
        if (expr instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING) {
            String value = literal.value().strip().toLowerCase(Locale.ROOT);
            return TRUE_STRINGS.contains(value) ? Boolean.TRUE : FALSE_STRINGS.contains(value) ? Boolean.FALSE : null;
        }
        return null;
    }

    private static boolean namesUser(Expr expr) {
        return expr instanceof Expr.FunctionCall call && call.arguments().isEmpty()
                && USER_FUNCTIONS.contains(call.name().name());
    }
}
