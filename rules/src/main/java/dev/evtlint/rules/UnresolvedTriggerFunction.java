package dev.evtlint.rules;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.BuiltinFunctionNames;
import dev.evtlint.model.EventTriggerCreation;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.FindingBuilder;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A trigger that executes, or a trigger function that calls, a function that is neither defined in
 * the analysed files nor a PostgreSQL built-in: what it does is unknown, so every rule's analysis of
 * that path is incomplete. Each such name is reported once, where it is first met.
 */
@RuleMeta(id = "EVT406", name = "unresolved-trigger-function",
        summary = "Trigger function evtlint cannot see", severity = Severity.WARNING,
        category = Category.CONTRACT, since = "0.1.0", tags = {"completeness"})
public final class UnresolvedTriggerFunction implements Rule {

    @Override
    public void check(RuleContext context) {
        List<QualifiedName> defined = context.model().executedStatements().stream()
                .filter(e -> e.statement() instanceof Statement.CreateFunction)
                .map(e -> ((Statement.CreateFunction) e.statement()).name()).toList();
        Set<String> reported = new HashSet<>();
        for (EventTriggerCreation creation : context.model().eventTriggerCreations()) {
            Statement.CreateEventTrigger create = creation.statement();
            if (isUnresolved(context, defined, create.function()) && reported.add(key(create.function()))) {
                report(context, creation.file().source(), create.function(),
                        "event trigger " + create.name().name() + " executes " + create.function() + "()");
            }
        }
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            for (Expr.FunctionCall call : OwnBody.calls(function)) {
                if (isUnresolved(context, defined, call.name()) && reported.add(key(call.name()))) {
                    EventTriggerDef trigger = context.model().triggersReaching(function).get(0);
                    report(context, function.file(), call.name(), "trigger function " + function.signature() + " calls "
                            + call.name() + "()")
                            .related(trigger.file(), trigger.definition(), "event trigger " + trigger.name() + " on " + trigger.event());
                }
            }
        }
    }

    /**
     * No analysed script defines a function of that name (in that schema, when both name one) at any
     * point, it is no built-in, and the configuration does not list it as existing elsewhere.
     */
    private static boolean isUnresolved(RuleContext context, List<QualifiedName> defined, QualifiedName name) {
        return !BuiltinFunctionNames.isBuiltin(name) && !context.isKnownExternalFunction(name) && defined.stream()
                .noneMatch(f -> f.name().equals(name.name())
                        && (name.schema() == null || f.schema() == null || name.schema().equals(f.schema())));
    }

    private static String key(QualifiedName name) {
        return name.toString().toLowerCase(Locale.ROOT);
    }

    private static FindingBuilder report(RuleContext context, SourceFile file, QualifiedName name, String what) {
        return context.report(file, name)
                .message(what + ", which is neither defined in the analysed files nor a PostgreSQL built-in: "
                        + "evtlint cannot see what it does, and its analysis of this path is incomplete")
                .help("analyse the script that defines " + name + " along with these, or check the name");
    }
}
