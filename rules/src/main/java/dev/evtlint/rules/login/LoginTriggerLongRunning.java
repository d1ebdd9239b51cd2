package dev.evtlint.rules.login;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.BuiltinFunctions;
import dev.evtlint.flow.Cfg;
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
            Cfg cfg = context.flow().cfg(login.function());
            PlNodes.forEachStatement(login.function().body(), statement -> {
                if (!context.flow().before(login.function(), statement).reachable()) {
                    return;
                }
                String why = statement instanceof PlStatement.Loop loop ? LoopBounds.unbounded(loop, cfg) : longRunning(statement);
                if (why != null) {
                    report(context, login, statement, why);
                }
                Expr.FunctionCall call = why == null ? waitingCall(statement, builtins) : null;
                if (call != null) {
                    report(context, login, statement, call.name().name() + "() "
                            + (builtins.has(call, BuiltinFunctions.Effect.NETWORK) ? "talks to another server" : "can wait indefinitely"));
                }
                for (UnboundedTableReads.Read read : UnboundedTableReads.in(statement, context.model(), login.function())) {
                    report(context, login, statement, read.why());
                }
            });
        }
    }

    private static void report(RuleContext context, LoginFunctions.LoginFunction login, Node at, String why) {
        context.report(login.function().file(), at)
                .message("in " + LoginFunctions.describe(login) + ", " + why + ": every connection waits for it, "
                        + "and cancelling the client does not cancel a running login trigger")
                .help("keep login triggers short: use NOWAIT or SKIP LOCKED, pg_try_advisory_lock(), a bounded "
                        + "loop, a LIMIT or a lookup by key, and move slow or remote work to a background job")
                .related(login.trigger().file(), login.trigger().definition(), "login trigger " + login.trigger().name());
    }

    /** What makes the statement itself long or blocking, or null. */
    private static String longRunning(PlStatement statement) {
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
