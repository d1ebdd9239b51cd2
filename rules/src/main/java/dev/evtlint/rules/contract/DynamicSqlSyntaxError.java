package dev.evtlint.rules.contract;

import dev.evtlint.ast.PlStatement;
import dev.evtlint.flow.PlNodes;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;

/**
 * EXECUTE, in a trigger function, of text that is known in full and does not parse: a constant, a
 * concatenation of constants, or format() with a constant format string whatever values its
 * placeholders take. PostgreSQL parses dynamic SQL only when it runs, so the function is created
 * without complaint and then fails each time the EXECUTE runs, aborting the command that fired the
 * trigger. An EXECUTE whose syntax error a handler around it catches (syntax_error, its class, OTHERS) is
 * left alone.
 */
@RuleMeta(id = "EVT408", name = "dynamic-sql-syntax-error",
        summary = "EXECUTE of statically known SQL text that does not parse", severity = Severity.ERROR,
        category = Category.CONTRACT, since = "0.1.0", tags = {"correctness", "availability"})
public final class DynamicSqlSyntaxError implements Rule {
    /** What PostgreSQL raises for text that does not parse (SQLSTATE 42601). */
    private static final String SYNTAX_ERROR = "syntax_error";

    @Override
    public void check(RuleContext context) {
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            EventTriggerDef trigger = context.model().triggersReaching(function).get(0);
            String blocked = trigger.isLogin() ? "the login" : "the command that fired it";
            PlNodes.forEachStatement(function.body(), statement -> {
                if (statement instanceof PlStatement.Execute execute && execute.syntaxError() != null
                        && context.flow().errorEscapes(function, execute, SYNTAX_ERROR)) {
                    context.report(function.file(), execute.syntaxError().range())
                            .message("EXECUTE in " + function.signature() + " runs SQL that does not parse ("
                                    + execute.syntaxError().message() + "): it fails every time it runs and aborts "
                                    + blocked + " (event trigger " + trigger.name() + " on " + trigger.event() + ")")
                            .help("fix the SQL text; fill in a name or value left as a template placeholder with "
                                    + "format('%I', name) or format('%L', value)")
                            .related(trigger.file(), trigger.definition(), "event trigger " + trigger.name() + " on "
                                    + trigger.event());
                }
            });
        }
    }
}
