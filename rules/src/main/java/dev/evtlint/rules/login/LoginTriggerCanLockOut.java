package dev.evtlint.rules.login;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.flow.ErrorConditions;
import dev.evtlint.flow.Fact;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;

/**
 * An error raised in a login function that reaches the login trigger (no EXCEPTION handler in it
 * or its callers catches it for good) and that superusers or a maintenance role do not skip: an
 * error in a login trigger is FATAL and refuses everyone.
 */
@RuleMeta(id = "EVT102", name = "login-trigger-can-lock-out",
        summary = "Uncaught error in a login trigger that also locks out superusers", severity = Severity.WARNING,
        category = Category.LOGIN, since = "0.1.0", tags = {"availability"})
public final class LoginTriggerCanLockOut implements Rule {
    /** What a bare RAISE is taken to raise: the handlers around it decide as for any RAISE EXCEPTION. */
    private static final String RAISE_EXCEPTION = "raise_exception";
    private static final String ASSERT_FAILURE = "assert_failure";

    @Override
    public void check(RuleContext context) {
        for (LoginFunctions.LoginFunction login : LoginFunctions.of(context)) {
            for (Node statement : context.flow().statements(login.function())) {
                if (statement instanceof PlStatement.Raise raise && raise.raisesError()) {
                    String raised = ErrorConditions.raisedBy(raise);
                    check(context, login, raise, raised == null ? RAISE_EXCEPTION : raised, "RAISE EXCEPTION");
                } else if (statement instanceof PlStatement.Assert assertion) {
                    check(context, login, assertion, ASSERT_FAILURE, "ASSERT");
                }
            }
        }
    }

    private static void check(RuleContext context, LoginFunctions.LoginFunction login, PlStatement statement,
                              String error, String what) {
        if (!context.flow().errorReachesTrigger(login.function(), statement, error)
                || !context.flow().mayHold(login.function(), statement, Fact.PRIVILEGED_USER)) {
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
}
