package dev.evtlint.rules;

import dev.evtlint.ast.Node;
import dev.evtlint.flow.StandbyWrites;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;

/**
 * A login function that can write while the server is a hot standby. Login triggers fire on
 * standbys; a statement there that needs a read-write transaction fails, and an error in a login
 * trigger refuses the connection.
 */
@RuleMeta(id = "EVT101", name = "login-write-without-recovery-guard",
        summary = "Write in a login trigger without a recovery check", severity = Severity.ERROR,
        category = Category.LOGIN, since = "0.1.0", tags = {"correctness", "availability"})
public final class LoginWriteWithoutRecoveryGuard implements Rule {

    @Override
    public void check(RuleContext context) {
        for (LoginFunctions.LoginFunction login : LoginFunctions.among(context,
                context.model().readableTriggerFunctions())) {
            for (Node statement : context.flow().statements(login.function())) {
                StandbyWrites.Write write = context.flow().effects(login.function(), statement).standbyWrite();
                if (write == null || !context.flow().reachableInRecovery(login.function(), statement)
                        || !context.flow().standbyFailureReachesTrigger(login.function(), statement)) {
                    continue;
                }
                String consequence = write.certain()
                        ? " runs on hot standbys too, where it fails and every connection is refused"
                        : " cannot be shown to be read-only: if it writes, it fails on hot standbys and every "
                                + "connection is refused";
                context.report(login.function().file(), write.at())
                        .message(write.what() + " in " + LoginFunctions.describe(login) + consequence)
                        .help("return early on a standby before writing: IF pg_is_in_recovery() THEN RETURN; END IF;")
                        .related(login.trigger().file(), login.trigger().definition(),
                                "login trigger " + login.trigger().name());
            }
        }
    }
}
