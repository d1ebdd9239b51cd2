package dev.evtlint.rules.security;

import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.PlNodes;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * GRANT, REVOKE or ALTER ROLE run by an event trigger function, directly or as EXECUTEd text:
 * privileges then change persistently as a side effect of logging in or of running DDL.
 */
@RuleMeta(id = "EVT503", name = "privilege-change-in-trigger",
        summary = "GRANT, REVOKE or ALTER ROLE executed by an event trigger function", severity = Severity.NOTE,
        category = Category.SECURITY, since = "0.1.0", tags = {"security"})
public final class PrivilegeChangeInTrigger implements Rule {
    private static final Set<String> PRIVILEGE_TAGS = Set.of("GRANT", "REVOKE", "GRANT ROLE", "REVOKE ROLE",
            "ALTER ROLE", "ALTER DEFAULT PRIVILEGES");

    @Override
    public void check(RuleContext context) {
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            EventTriggerDef trigger = context.model().triggersReaching(function).get(0);
            PlNodes.forEachStatement(function.body(), statement -> {
                Statement changed = privilegeChange(statement);
                if (changed == null) {
                    return;
                }
                String when = scope(trigger);
                context.report(function.file(), statement)
                        .message(changed.commandTag() + " in " + function.signature() + " changes privileges on " + when
                                + " (event trigger " + trigger.name() + "); the change stays after the session")
                        .help("grant privileges in migrations or role administration, not as a side effect of a trigger; "
                                + "if it must stay, make sure the trigger cannot be made to grant to the wrong role")
                        .related(trigger.file(), trigger.definition(), "event trigger " + trigger.name() + " on " + trigger.event());
            });
        }
    }

    /** What runs the trigger: every login, every command of its tag filter, or every DDL command. */
    private static String scope(EventTriggerDef trigger) {
        if (trigger.isLogin()) {
            return "every login";
        }
        List<String> tags = trigger.tags().stream().map(tag -> tag.value().toUpperCase(Locale.ROOT)).toList();
        return tags.isEmpty() ? "every DDL command (" + trigger.event() + ")"
                : "every " + String.join(" or ", tags) + " (" + trigger.event() + ")";
    }

    /**
     * The privilege statement a PL/pgSQL statement runs, directly or as readable EXECUTE text; or
     * null. EXECUTE text that is known in full and does not parse fails every time (EVT408) and
     * changes nothing.
     */
    private static Statement privilegeChange(PlStatement statement) {
        Statement sql = statement instanceof PlStatement.Sql s ? s.statement()
                : statement instanceof PlStatement.Execute e && e.syntaxError() == null ? e.statement() : null;
        return sql != null && PRIVILEGE_TAGS.contains(sql.commandTag()) ? sql : null;
    }
}
