package dev.evtlint.rules;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.Set;

/**
 * Calls in trigger functions that raise an error in ordinary sessions, and so block every matching
 * command (or every login): current_setting() of a setting that may be unset, and casts of text to
 * regclass/regproc-like types, which fail when the object does not exist.
 */
@RuleMeta(id = "EVT407", name = "error-source-blocks-ddl",
        summary = "Call in a trigger function that errors in ordinary sessions and blocks the command",
        severity = Severity.WARNING, category = Category.CONTRACT, since = "0.1.0", tags = {"availability"})
public final class ErrorSourceBlocksDdl implements Rule {
    private static final Set<String> LOOKUP_TYPES = Set.of("regclass", "regproc", "regprocedure", "regtype", "regnamespace",
            "regrole", "regoper", "regoperator", "regconfig", "regdictionary", "regcollation");

    @Override
    public void check(RuleContext context) {
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            EventTriggerDef trigger = context.model().triggersReaching(function).get(0);
            String blocked = trigger.isLogin() ? "every login" : "every matching DDL command";
            for (Expr.FunctionCall call : AstVisitor.collect(function.body(), Expr.FunctionCall.class)) {
                if (call.calls("current_setting") && call.arguments().size() == 1) {
                    context.report(function.file(), call)
                            .message("current_setting() in " + function.signature() + " raises \"unrecognized configuration "
                                    + "parameter\" in any session where the setting is not set, and then blocks " + blocked
                                    + " (event trigger " + trigger.name() + ")")
                            .help("pass missing_ok: current_setting('name', true) returns NULL instead of failing");
                }
            }
            for (Expr.Cast cast : AstVisitor.collect(function.body(), Expr.Cast.class)) {
                if (LOOKUP_TYPES.contains(cast.type().name()) && isText(cast.operand())) {
                    context.report(function.file(), cast)
                            .message("the cast to " + cast.type().name() + " in " + function.signature() + " raises an error "
                                    + "when the object does not exist (or is not visible), and then blocks " + blocked
                                    + " (event trigger " + trigger.name() + ")")
                            .help("use to_regclass() and its siblings, which return NULL instead of failing");
                }
            }
        }
    }

    /**
     * Free text: a string literal or a text-returning value, not an OID. A literal naming a built-in
     * object ('pg_catalog.pg_class') always resolves.
     */
    private static boolean isText(Expr operand) {
        return operand instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING
                && !SystemCatalogs.namesBuiltIn(literal.value())
                || operand instanceof Expr.Operator operator && operator.operator().equals("||")
                || operand instanceof Expr.FunctionCall call && (call.calls("format") || call.calls("concat")
                        || call.calls("quote_ident"));
    }
}
