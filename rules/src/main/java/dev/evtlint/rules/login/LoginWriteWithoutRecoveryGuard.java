package dev.evtlint.rules.login;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.StandbyWrites;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Fix;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import dev.evtlint.rule.TextEdit;
import dev.evtlint.script.ScriptFile;
import java.util.List;

/**
 * A login function that can write while the server is a hot standby. Login triggers fire on
 * standbys; a statement there that needs a read-write transaction fails, and an error in a login
 * trigger refuses the connection.
 */
@RuleMeta(id = "EVT101", name = "login-write-without-recovery-guard",
        summary = "Write in a login trigger without a recovery check", severity = Severity.ERROR,
        category = Category.LOGIN, since = "0.1.0", tags = {"correctness", "availability"})
public final class LoginWriteWithoutRecoveryGuard implements Rule {

    private static final String RECOVERY_GUARD = "IF pg_is_in_recovery() THEN RETURN; END IF;";

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
                        .help("return early on a standby before writing: " + RECOVERY_GUARD)
                        .related(login.trigger().file(), login.trigger().definition(),
                                "login trigger " + login.trigger().name());
            }
        }
    }

    /**
     * The guard the help names, at the start of the login function's body: on a standby the
     * function returns before any statement of it runs. Offered for a write among the statements
     * of a PL/pgSQL body, not for one in a DECLARE initialiser, which runs before any guard can.
     * Unsafe: on a standby the guard skips all the function does, not only the write, and a check
     * that refuses some connections (RAISE EXCEPTION for a user or an address) stops refusing them
     * there; whether the rest may be skipped is the author's choice.
     */
    @Override
    public List<Fix> fixes(Finding finding, ScriptFile script, ProjectModel project) {
        int at = finding.location().range().startOffset();
        for (Statement statement : script.statements()) {
            if (statement instanceof Statement.CreateFunction function && function.range().startOffset() <= at
                    && at < function.range().endOffset() && function.body() instanceof Part.PlPgSqlBody body
                    && body.block() != null && !body.block().body().isEmpty()) {
                SourceRange first = body.block().body().get(0).range();
                return at < first.startOffset() ? List.of()
                        : List.of(new Fix("Return early on a standby (" + RECOVERY_GUARD + ")",
                                List.of(TextEdit.lineBefore(script.source(), first, RECOVERY_GUARD)), Fix.Applicability.UNSAFE));
            }
        }
        return List.of();
    }
}
