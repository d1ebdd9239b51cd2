package dev.evtlint.rules;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.PlNodes;
import dev.evtlint.model.CommandTagFacts;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.List;
import java.util.Set;

/**
 * A trigger function that runs DDL its own trigger fires on, with no recursion guard: the DDL fires
 * the trigger again, which runs the DDL again, until "stack depth limit exceeded".
 */
@RuleMeta(id = "EVT305", name = "recursive-event-trigger",
        summary = "Trigger function running DDL that fires its own trigger again", severity = Severity.WARNING,
        category = Category.ORDERING, since = "0.1.0", tags = {"correctness", "availability"})
public final class RecursiveEventTrigger implements Rule {

    @Override
    public void check(RuleContext context) {
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            if (hasRecursionGuard(function)) {
                continue;
            }
            List<EventTriggerDef> triggers = context.model().triggersReaching(function);
            ObjectNameGuards guards = ObjectNameGuards.of(function);
            PlNodes.forEachStatement(function.body(), statement -> {
                Statement ddl = statement instanceof PlStatement.Sql sql ? sql.statement()
                        : statement instanceof PlStatement.Execute execute ? execute.statement() : null;
                if (ddl == null || actsOnOtherObjects(guards.requiredNames(statement), ddl)) {
                    return;
                }
                for (EventTriggerDef trigger : triggers) {
                    if (fires(trigger, ddl.commandTag(), context.pgVersion())) {
                        context.report(function.file(), statement)
                                .message(ddl.commandTag() + " in " + function.signature() + " fires event trigger "
                                        + trigger.name() + " (" + trigger.event() + ") again, which runs it again: "
                                        + "the recursion ends in \"stack depth limit exceeded\"")
                                .help("guard it with a session setting: return early when "
                                        + "current_setting('app.in_trigger', true) = 'on', and set it with "
                                        + "set_config('app.in_trigger', 'on', true) before the DDL")
                                .related(trigger.file(), trigger.definition(), "event trigger " + trigger.name());
                        return;
                    }
                }
            });
        }
    }

    /**
     * Whether a command with {@code tag} fires {@code trigger} on the target version: its event and
     * its tag filter (REINDEX fires event triggers only from 17 on).
     */
    private static boolean fires(EventTriggerDef trigger, String tag, int pgVersion) {
        if (trigger.isLogin() || !trigger.firesIn(false) && !trigger.firesIn(true)) {
            return false;
        }
        boolean eventFires = CommandTagFacts.lookUp(tag)
                .map(facts -> facts.eventTriggerOk() && facts.since() <= pgVersion && facts.mayFire(trigger.event())
                        && (!trigger.event().equals("table_rewrite") || facts.tableRewriteOk()))
                .orElse(false);
        if (!eventFires) {
            return false;
        }
        List<Expr.Literal> tags = trigger.tags();
        return tags.isEmpty() || tags.stream().anyMatch(literal -> CommandTagFacts.asciiUpper(literal.value()).equals(tag));
    }

    /**
     * Whether the DDL runs only for objects of other names than its own: then the firing it causes
     * does not reach it again (a function that reacts to the creation of resolve() and creates
     * graphql() in turn).
     */
    private static boolean actsOnOtherObjects(Set<String> requiredNames, Statement ddl) {
        Part.QualifiedName object = ddl instanceof Statement.CreateFunction create ? create.name()
                : ddl instanceof Statement.CreateTable create ? create.name() : null;
        return !requiredNames.isEmpty() && object != null && !requiredNames.contains(object.name());
    }

    /** A function that both reads and sets a session setting is taken to guard itself against recursion. */
    private static boolean hasRecursionGuard(FunctionDef function) {
        List<Expr.FunctionCall> calls = AstVisitor.collect(function.body(), Expr.FunctionCall.class);
        boolean reads = calls.stream().anyMatch(call -> call.calls("current_setting"));
        boolean sets = calls.stream().anyMatch(call -> call.calls("set_config"))
                || AstVisitor.collect(function.body(), Statement.SetConfig.class).stream().anyMatch(set -> !set.reset());
        return reads && sets;
    }
}
