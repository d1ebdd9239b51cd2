package dev.evtlint.flow;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an IF condition in a script says about event triggers:
 * {@code EXISTS (SELECT 1 FROM pg_event_trigger WHERE evtname = 'x')}, its {@code NOT}, and
 * AND/OR of such checks, evaluated against the triggers that exist; anything else is unknown.
 */
final class TriggerExistenceCheck {
    private static final String CATALOG = "pg_event_trigger";

    /** A condition's value: known, or depending on something the script does not tell. */
    enum Truth {
        TRUE, FALSE, UNKNOWN;

        static Truth of(boolean value) {
            return value ? TRUE : FALSE;
        }

        Truth not() {
            return this == UNKNOWN ? UNKNOWN : of(this == FALSE);
        }
    }

    private TriggerExistenceCheck() {
    }

    static Truth evaluate(Expr condition, Set<String> present) {
        if (condition instanceof Expr.Subquery subquery && subquery.kind() == Expr.SubqueryKind.EXISTS) {
            return checkedName(subquery).map(name -> Truth.of(present.contains(name))).orElse(Truth.UNKNOWN);
        }
        if (condition instanceof Expr.Bool bool) {
            List<Truth> operands = bool.operands().stream().map(operand -> evaluate(operand, present)).toList();
            return switch (bool.operator()) {
                case NOT -> operands.get(0).not();
                case AND -> operands.contains(Truth.FALSE) ? Truth.FALSE
                        : operands.contains(Truth.UNKNOWN) ? Truth.UNKNOWN : Truth.TRUE;
                case OR -> operands.contains(Truth.TRUE) ? Truth.TRUE
                        : operands.contains(Truth.UNKNOWN) ? Truth.UNKNOWN : Truth.FALSE;
            };
        }
        return Truth.UNKNOWN;
    }

    /**
     * The trigger names a condition looks up in pg_event_trigger in a way {@link #evaluate} cannot
     * follow ({@code (SELECT count(*) ...) = 0}, a name list): such a check still shows that the
     * script expects the trigger may exist.
     */
    static Set<String> namesLookedUp(Node condition) {
        if (!readsCatalog(condition)) {
            return Set.of();
        }
        return AstVisitor.collect(condition, Expr.Literal.class).stream()
                .filter(literal -> literal.kind() == Expr.LiteralKind.STRING)
                .map(Expr.Literal::value).collect(Collectors.toSet());
    }

    /** The one name an EXISTS subquery over pg_event_trigger compares with, as in {@code evtname = 'x'}. */
    private static Optional<String> checkedName(Expr.Subquery subquery) {
        if (!readsCatalog(subquery.query())) {
            return Optional.empty();
        }
        List<String> names = AstVisitor.collect(subquery.query(), Expr.Operator.class).stream()
                .filter(operator -> operator.operator().equals("=") && operator.operands().size() == 2)
                .filter(operator -> operator.operands().stream().anyMatch(TriggerExistenceCheck::isEvtname))
                .flatMap(operator -> operator.operands().stream())
                .filter(operand -> operand instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING)
                .map(operand -> ((Expr.Literal) operand).value()).toList();
        return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
    }

    private static boolean isEvtname(Expr operand) {
        return operand instanceof Expr.ColumnRef column && column.lastName().equals("evtname");
    }

    private static boolean readsCatalog(Node node) {
        return AstVisitor.collect(node, Part.RelationRef.class).stream()
                .anyMatch(table -> table.name().name().equals(CATALOG));
    }
}
