package dev.evtlint.flow;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import java.util.Set;

/**
 * Statements that cannot raise an error themselves, so an EXCEPTION handler is never entered from
 * them: RETURN without a value, NULL, a block without declarations, EXIT and CONTINUE, and IF whose
 * conditions only read the recovery state ({@code pg_is_in_recovery()},
 * {@code current_setting('transaction_read_only')}), variables and constants. That is how a handler stays
 * unreachable on a standby when the block starts with {@code IF pg_is_in_recovery() THEN RETURN;}.
 */
final class NoErrors {
    private static final String IN_RECOVERY = "pg_is_in_recovery";
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "IS TRUE", "IS NOT TRUE", "IS FALSE", "IS NOT FALSE",
            "IS DISTINCT FROM", "IS NOT DISTINCT FROM");

    private NoErrors() {
    }

    static boolean cannotRaise(PlStatement statement) {
        if (statement instanceof PlStatement.Return leave) {
            return leave.kind() == PlStatement.ReturnKind.RETURN && leave.value() == null;
        } else if (statement instanceof PlStatement.Block block) {
            return block.declarations().isEmpty();
        } else if (statement instanceof PlStatement.Exit exit) {
            return exit.condition() == null || cannotRaise(exit.condition());
        } else if (statement instanceof PlStatement.If choice) {
            return choice.branches().stream().map(Part.PlBranch::condition).allMatch(NoErrors::cannotRaise);
        }
        return statement instanceof PlStatement.Null;
    }

    private static boolean cannotRaise(Expr condition) {
        if (condition instanceof Expr.Bool bool) {
            return bool.operands().stream().allMatch(NoErrors::cannotRaise);
        } else if (condition instanceof Expr.FunctionCall call) {
            return (call.name().schema() == null || call.name().schema().equals("pg_catalog"))
                    && call.name().name().equals(IN_RECOVERY) && call.arguments().isEmpty()
                    || Conditions.readsReadOnlySetting(call);
        } else if (condition instanceof Expr.Cast cast) {
            // 'on' or 'off' as boolean
            return cast.operand() instanceof Expr.FunctionCall call && Conditions.readsReadOnlySetting(call);
        } else if (condition instanceof Expr.Operator operator && COMPARISONS.contains(operator.operator())) {
            return operator.operands().stream().allMatch(NoErrors::cannotRaise);
        } else if (condition instanceof Expr.Literal literal) {
            return literal.kind() == Expr.LiteralKind.BOOLEAN || literal.kind() == Expr.LiteralKind.STRING;
        }
        return condition instanceof Expr.ColumnRef column && column.names().size() == 1;
    }
}
