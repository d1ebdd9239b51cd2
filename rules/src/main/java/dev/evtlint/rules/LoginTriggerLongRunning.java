package dev.evtlint.rules;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.BuiltinFunctions;
import dev.evtlint.flow.PlNodes;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.Set;

/**
 * Work in a login function that can wait or take long: every connection waits for it, and
 * cancelling the client does not cancel a running login trigger.
 */
@RuleMeta(id = "EVT103", name = "login-trigger-long-running",
        summary = "Blocking or long work in a login trigger", severity = Severity.WARNING,
        category = Category.LOGIN, since = "0.1.0", tags = {"availability", "performance"})
public final class LoginTriggerLongRunning implements Rule {
    private static final Set<String> MAINTENANCE_TAGS = Set.of("VACUUM", "ANALYZE", "CLUSTER", "REINDEX",
            "REFRESH MATERIALIZED VIEW", "COPY");

    @Override
    public void check(RuleContext context) {
        BuiltinFunctions builtins = context.flow().builtins();
        for (LoginFunctions.LoginFunction login : LoginFunctions.of(context)) {
            PlNodes.forEachStatement(login.function().body(), statement -> {
                if (!context.flow().before(login.function(), statement).reachable()) {
                    return;
                }
                String why = longRunning(statement, builtins);
                Node at = statement;
                if (why == null) {
                    Expr.FunctionCall call = waitingCall(statement, builtins);
                    if (call != null) {
                        at = call;
                        why = call.name().name() + "() "
                                + (builtins.has(call, BuiltinFunctions.Effect.NETWORK) ? "talks to another server" : "can wait indefinitely");
                    }
                }
                if (why != null) {
                    context.report(login.function().file(), at)
                            .message("in " + LoginFunctions.describe(login) + ", " + why + ": every connection waits for it, "
                                    + "and cancelling the client does not cancel a running login trigger")
                            .help("keep login triggers short: use NOWAIT or SKIP LOCKED, pg_try_advisory_lock(), a bounded "
                                    + "loop, and move slow or remote work to a background job")
                            .related(login.trigger().file(), login.trigger().definition(), "login trigger " + login.trigger().name());
                }
            });
        }
    }

    /** What makes the statement itself long or blocking, or null. */
    private static String longRunning(PlStatement statement, BuiltinFunctions builtins) {
        if (statement instanceof PlStatement.Loop loop && isUnbounded(loop)) {
            return "the loop has no EXIT, RETURN or RAISE and no condition that ends it";
        }
        Statement sql = statement instanceof PlStatement.Sql s ? s.statement()
                : statement instanceof PlStatement.Perform p ? p.query() : null;
        if (sql instanceof Statement.Lock lock && !lock.noWait()) {
            return "LOCK TABLE waits for the lock (no NOWAIT)";
        }
        if (sql instanceof Statement.Select select) {
            for (var locking : select.locking()) {
                if (locking.waitPolicy() == null) {
                    return "SELECT ... FOR " + locking.strength() + " waits for locked rows (no NOWAIT or SKIP LOCKED)";
                }
            }
        }
        if (sql != null && MAINTENANCE_TAGS.contains(sql.commandTag())) {
            return sql.commandTag() + " can take long";
        }
        return null;
    }

    private static boolean isUnbounded(PlStatement.Loop loop) {
        boolean endless = loop.kind() == PlStatement.LoopKind.LOOP
                || loop.kind() == PlStatement.LoopKind.WHILE && loop.condition() instanceof Expr.Literal literal
                && literal.kind() == Expr.LiteralKind.BOOLEAN && literal.value().equals("true");
        if (!endless) {
            return false;
        }
        for (PlStatement inner : AstVisitor.collect(loop, PlStatement.class)) {
            if (inner instanceof PlStatement.Exit exit && !exit.continueLoop() || inner instanceof PlStatement.Return
                    || inner instanceof PlStatement.Raise raise && raise.raisesError()) {
                return false;
            }
        }
        return true;
    }

    /** A call in the statement's own parts that blocks or goes over the network, or null. */
    private static Expr.FunctionCall waitingCall(PlStatement statement, BuiltinFunctions builtins) {
        for (Node part : PlNodes.ownParts(statement)) {
            for (Expr.FunctionCall call : AstVisitor.collect(part, Expr.FunctionCall.class)) {
                if (builtins.has(call, BuiltinFunctions.Effect.BLOCKS) || builtins.has(call, BuiltinFunctions.Effect.NETWORK)) {
                    return call;
                }
            }
        }
        return null;
    }
}
