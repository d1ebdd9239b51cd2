package dev.evtlint.rules.login;

import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The login functions of a project: the functions a login trigger runs, directly or through calls.
 * Before PostgreSQL 17 there are none: {@code CREATE EVENT TRIGGER ... ON login} fails there (EVT104
 * reports it), so no login trigger exists whose function could do harm.
 */
final class LoginFunctions {

    /** A login function, and the first login trigger that reaches it. */
    record LoginFunction(FunctionDef function, EventTriggerDef trigger) {
    }

    private LoginFunctions() {
    }

    static List<LoginFunction> of(RuleContext context) {
        return among(context, context.model().plPgSqlTriggerFunctions());
    }

    /** The login functions among {@code functions}, each with the first login trigger that reaches it. */
    static List<LoginFunction> among(RuleContext context, List<FunctionDef> functions) {
        List<LoginFunction> found = new ArrayList<>();
        if (context.pgVersion() < EventTriggerDef.LOGIN_EVENT_SINCE) {
            return found;
        }
        ProjectModel model = context.model();
        for (FunctionDef function : functions) {
            EventTriggerDef trigger = model.firstTriggerReaching(function, "login");
            if (trigger != null) {
                found.add(new LoginFunction(function, trigger));
            }
        }
        return found;
    }

    /** "login function f()" or, when the trigger runs it through calls, "f(), which login trigger t runs". */
    static String describe(LoginFunction login) {
        return login.trigger().function() == login.function()
                ? "login function " + login.function().signature()
                : "function " + login.function().signature() + " (run by login trigger " + login.trigger().name() + ")";
    }
}
