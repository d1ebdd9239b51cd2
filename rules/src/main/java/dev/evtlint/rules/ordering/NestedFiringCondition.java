package dev.evtlint.rules.ordering;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.VariableValues;
import dev.evtlint.model.FunctionDef;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a condition in a trigger function evaluates to when the DDL the function runs fires the
 * trigger again: TG_TAG then holds that DDL's tag, so a test of TG_TAG against constants is decided;
 * a condition over values no DDL changes (constants, TG_EVENT, the session's user and database,
 * variables set only from such values) comes out as it did in the firing that ran the DDL; anything
 * that reads data (a query, a catalog lookup, a loop record, a parameter, a setting) may come out
 * otherwise, since the DDL may have changed that data.
 */
final class NestedFiringCondition {

    /** The value of a condition in the nested firing; SAME: as in the firing that ran the DDL. */
    enum Value { TRUE, FALSE, SAME, UNKNOWN }

    private static final Set<String> EQUALITY = Set.of("=", "<>", "!=", "IN", "NOT IN");
    /** Functions whose value stays the same for the whole session or transaction. */
    private static final Set<String> SESSION_FUNCTIONS = Set.of("current_user", "session_user", "current_role", "user",
            "current_database", "current_catalog", "current_schema", "pg_is_in_recovery", "version", "now",
            "transaction_timestamp", "pg_backend_pid");

    private final VariableValues variables;

    private NestedFiringCondition(FunctionDef function) {
        this.variables = VariableValues.of(function);
    }

    static NestedFiringCondition of(FunctionDef function) {
        return new NestedFiringCondition(function);
    }

    /** The value of {@code condition} in a firing for a command with tag {@code tag}. */
    Value evaluate(Expr condition, String tag) {
        if (condition instanceof Expr.Bool bool) {
            List<Value> values = bool.operands().stream().map(operand -> evaluate(operand, tag)).toList();
            return switch (bool.operator()) {
                case NOT -> not(values.get(0));
                case AND -> combine(values, Value.FALSE);
                case OR -> combine(values, Value.TRUE);
            };
        }
        Value tagTest = tagTest(condition, tag);
        if (tagTest != null) {
            return tagTest;
        }
        return isSessionConstant(condition, new HashSet<>()) ? Value.SAME : Value.UNKNOWN;
    }

    private static Value not(Value value) {
        return value == Value.TRUE ? Value.FALSE : value == Value.FALSE ? Value.TRUE : value;
    }

    /** AND ({@code decisive} FALSE) or OR ({@code decisive} TRUE) of operand values. */
    private static Value combine(List<Value> values, Value decisive) {
        if (values.contains(Value.UNKNOWN)) {
            return Value.UNKNOWN;
        }
        if (values.contains(decisive)) {
            return decisive;
        }
        if (values.contains(Value.SAME)) {
            // one part as before, another decided by the new tag: the whole may come out either way
            return values.stream().allMatch(value -> value == Value.SAME) ? Value.SAME : Value.UNKNOWN;
        }
        return not(decisive);
    }

    /** A comparison of TG_TAG with string constants, decided for {@code tag}; null for other conditions. */
    private static Value tagTest(Expr condition, String tag) {
        if (!(condition instanceof Expr.Operator operator) || !EQUALITY.contains(operator.operator())) {
            return null;
        }
        List<Expr> operands = operator.operands();
        List<Expr> values;
        if (isTgTag(operands.get(0))) {
            values = operands.subList(1, operands.size());
        } else if (operands.size() == 2 && isTgTag(operands.get(1))) {
            values = operands.subList(0, 1);
        } else {
            return null;
        }
        if (!values.stream().allMatch(value -> value instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING)) {
            return null;
        }
        boolean matches = values.stream().anyMatch(value -> ((Expr.Literal) value).value().equals(tag));
        boolean negated = operator.operator().equals("<>") || operator.operator().equals("!=") || operator.operator().equals("NOT IN");
        return matches != negated ? Value.TRUE : Value.FALSE;
    }

    private static boolean isTgTag(Expr expr) {
        return expr instanceof Expr.ColumnRef column && column.isSimple("tg_tag");
    }

    /**
     * Whether the value of {@code node} is the same in the nested firing as in the one before it:
     * constants, TG_EVENT, session functions, and variables set only from such values.
     */
    private boolean isSessionConstant(Node node, Set<String> visiting) {
        if (node instanceof Expr.Literal) {
            return true;
        }
        if (node instanceof Expr.ColumnRef column) {
            return column.names().size() == 1 && isSessionConstantName(column.lastName(), visiting);
        }
        if (node instanceof Expr.FunctionCall call) {
            return SESSION_FUNCTIONS.stream().anyMatch(call::calls)
                    && call.arguments().stream().allMatch(argument -> isSessionConstant(argument, visiting));
        }
        if (node instanceof Expr.Operator || node instanceof Expr.Bool || node instanceof Expr.Cast
                || node instanceof Expr.Collection || node instanceof Expr.Case || node instanceof Part.CaseWhen) {
            return node.children().stream().allMatch(child -> isSessionConstant(child, visiting));
        }
        return false;
    }

    private boolean isSessionConstantName(String name, Set<String> visiting) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("tg_event") || SESSION_FUNCTIONS.contains(lower)) {
            return true;
        }
        if (!variables.isSetOnlyInBody(name) || !visiting.add(name)) {
            return false;
        }
        boolean constant = variables.valuesOf(name).stream()
                .allMatch(value -> !(value instanceof Statement) && isSessionConstant(value, visiting));
        visiting.remove(name);
        return constant;
    }
}
