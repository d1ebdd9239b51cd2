package dev.evtlint.rules.login;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.EventTriggerCreation;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.TagVerdict;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import dev.evtlint.script.ScriptFile;

/**
 * Event trigger features that the target PostgreSQL version (option --pg-version) does not have
 * yet: the login event, REINDEX and LOGIN as tags, and the event_triggers setting, all new in 17.
 * (table_rewrite and pg_event_trigger_ddl_commands() came with 9.5, older than any version evtlint
 * targets.)
 */
@RuleMeta(id = "EVT104", name = "feature-needs-newer-postgresql",
        summary = "Event trigger feature the target PostgreSQL version lacks", severity = Severity.ERROR,
        category = Category.LOGIN, since = "0.1.0", tags = {"correctness", "compatibility"}, precision = "very-high")
public final class FeatureNeedsNewerPostgresql implements Rule {
    private static final int LOGIN_VERSION = EventTriggerDef.LOGIN_EVENT_SINCE;
    private static final String SETTING = "event_triggers";

    @Override
    public void check(RuleContext context) {
        int target = context.pgVersion();
        for (EventTriggerCreation trigger : context.model().eventTriggerCreations()) {
            if (trigger.event().equals("login") && target < LOGIN_VERSION) {
                context.report(trigger.source(), trigger.statement().event())
                        .message("login trigger " + trigger.name() + " needs PostgreSQL " + LOGIN_VERSION + ", which added "
                                + "the login event; on " + target + " CREATE EVENT TRIGGER fails with \"unrecognized event "
                                + "name \"login\"\"")
                        .help(upgrade(target) + ", or keep login triggers out of the scripts for older servers");
            }
            for (TagVerdict verdict : TagVerdict.of(trigger, target)) {
                if (verdict.kind() == TagVerdict.Kind.NEEDS_NEWER) {
                    int since = verdict.tag().since();
                    context.report(trigger.source(), verdict.literal())
                            .message("tag '" + verdict.literal().value() + "' in " + trigger.describe() + " needs PostgreSQL "
                                    + since + ": before it, " + verdict.tag().name() + " fires no event trigger and "
                                    + "CREATE EVENT TRIGGER refuses the tag")
                            .help(upgrade(target) + ", or remove the tag for older servers");
                }
            }
        }
        if (target < LOGIN_VERSION) {
            for (ScriptFile file : context.model().files()) {
                file.statements().forEach(statement -> reportSettings(context, file.source(), statement));
            }
        }
    }

    /** SET/RESET event_triggers, SET event_triggers on a function, and set_config('event_triggers', ...). */
    private static void reportSettings(RuleContext context, SourceFile file, Statement statement) {
        AstVisitor.collect(statement, Node.class).forEach(node -> {
            String what = null;
            if (node instanceof Statement.SetConfig set && set.parameter().equalsIgnoreCase(SETTING)) {
                what = (set.reset() ? "RESET " : "SET ") + SETTING;
            } else if (node instanceof Part.ConfigSetting setting && setting.name().toString().equalsIgnoreCase(SETTING)) {
                what = "the function setting SET " + SETTING;
            } else if (node instanceof Expr.FunctionCall call && call.calls("set_config") && !call.arguments().isEmpty()
                    && call.arguments().get(0) instanceof Expr.Literal name && name.value().equalsIgnoreCase(SETTING)) {
                what = "set_config('" + SETTING + "', ...)";
            }
            if (what != null) {
                context.report(file, node)
                        .message(what + " needs PostgreSQL " + LOGIN_VERSION + ", which added the setting; "
                                + context.pgVersion() + " rejects it as an unrecognized configuration parameter")
                        .help(upgrade(context.pgVersion()) + "; before 17, switch event triggers off with ALTER EVENT "
                                + "TRIGGER ... DISABLE, or fix a broken one in single-user mode");
            }
        });
    }

    private static String upgrade(int target) {
        return "target PostgreSQL " + LOGIN_VERSION + " or later (--pg-version " + LOGIN_VERSION + "; it is " + target + " now)";
    }
}
