package dev.evtlint.rules;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.flow.Fact;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * An error raised in a login function that no EXCEPTION handler catches and that superusers or a
 * maintenance role do not skip: an error in a login trigger is FATAL and refuses everyone.
 */
@RuleMeta(id = "EVT102", name = "login-trigger-can-lock-out",
        summary = "Uncaught error in a login trigger that also locks out superusers", severity = Severity.WARNING,
        category = Category.LOGIN, since = "0.1.0", tags = {"availability"})
public final class LoginTriggerCanLockOut implements Rule {

    @Override
    public void check(RuleContext context) {
        for (LoginFunctions.LoginFunction login : LoginFunctions.of(context)) {
            new Walk(context, login).statement(login.function().body());
        }
    }

    /** Walks one body keeping the EXCEPTION handlers that enclose the current statement. */
    private static final class Walk {
        private final RuleContext context;
        private final LoginFunctions.LoginFunction login;
        private final Deque<List<Part.PlExceptionHandler>> handlers = new ArrayDeque<>();

        Walk(RuleContext context, LoginFunctions.LoginFunction login) {
            this.context = context;
            this.login = login;
        }

        void statement(PlStatement statement) {
            if (statement instanceof PlStatement.Raise raise && raise.raisesError()) {
                check(statement, raiseCondition(raise), "RAISE EXCEPTION");
            } else if (statement instanceof PlStatement.Assert) {
                check(statement, "assert_failure", "ASSERT");
            }
            if (statement instanceof PlStatement.Block block) {
                if (!block.handlers().isEmpty()) {
                    handlers.push(block.handlers());
                }
                block.body().forEach(this::statement);
                if (!block.handlers().isEmpty()) {
                    handlers.pop();
                }
                block.handlers().forEach(handler -> handler.body().forEach(this::statement));
                block.declarations().forEach(this::nested);
            } else {
                statement.children().forEach(this::nested);
            }
        }

        private void nested(Node node) {
            if (node instanceof PlStatement statement) {
                statement(statement);
            } else if (node instanceof Part.PlBranch branch) {
                branch.body().forEach(this::statement);
            }
        }

        private void check(PlStatement statement, String condition, String what) {
            if (isCaught(condition) || !context.flow().mayHold(login.function(), statement, Fact.PRIVILEGED_USER)) {
                return;
            }
            context.report(login.function().file(), statement)
                    .message(what + " in " + LoginFunctions.describe(login) + " refuses the connection to everyone, "
                            + "superusers included: an error in a login trigger is FATAL")
                    .help("let superusers or a maintenance role through first (IF (SELECT rolsuper FROM pg_roles "
                            + "WHERE rolname = session_user) THEN RETURN; END IF;); once locked out, a superuser can "
                            + "still connect with -c event_triggers=off")
                    .related(login.trigger().file(), login.trigger().definition(), "login trigger " + login.trigger().name());
        }

        private boolean isCaught(String condition) {
            for (List<Part.PlExceptionHandler> enclosing : handlers) {
                for (Part.PlExceptionHandler handler : enclosing) {
                    for (String caught : handler.conditions()) {
                        String name = caught.toLowerCase(Locale.ROOT);
                        if (name.equals("others") || name.equals(condition)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** The condition a RAISE raises: its condition name, its ERRCODE, or raise_exception (P0001). */
        private static String raiseCondition(PlStatement.Raise raise) {
            if (raise.condition() != null) {
                return raise.condition().toLowerCase(Locale.ROOT);
            }
            for (Part.PlRaiseOption option : raise.options()) {
                if (option.option().equals("ERRCODE") && option.value() instanceof dev.evtlint.ast.Expr.Literal code) {
                    return code.value().toLowerCase(Locale.ROOT);
                }
            }
            return "raise_exception";
        }
    }
}
