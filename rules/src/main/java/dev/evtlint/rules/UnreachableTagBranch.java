package dev.evtlint.rules;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.model.CommandTagFacts;
import dev.evtlint.model.CommandTagFacts.CommandTag;
import dev.evtlint.model.CommandTagFacts.ObjectClass;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A test of TG_TAG in an event trigger function against a value it can never hold, given the
 * triggers that run the function: their events, their WHEN lists, and the commands that fire those
 * events. TG_TAG holds the tag exactly as PostgreSQL spells it, in upper case.
 */
@RuleMeta(id = "EVT207", name = "unreachable-tag-branch", summary = "TG_TAG test that can never be true",
        severity = Severity.WARNING, category = Category.EVENTS, since = "0.1.0", tags = {"correctness"})
public final class UnreachableTagBranch implements Rule {
    private static final Set<String> EQUALITY = Set.of("=", "<>", "!=", "IN", "NOT IN");

    @Override
    public void check(RuleContext context) {
        for (FunctionDef function : context.model().functions()) {
            List<EventTriggerDef> triggers = context.model().eventTriggers().stream()
                    .filter(trigger -> trigger.function() == function)
                    .toList();
            if (function.body() == null || triggers.isEmpty()
                    || !triggers.stream().allMatch(t -> EventTriggerDef.EVENTS.contains(t.event()))) {
                continue;
            }
            Set<String> possible = new TreeSet<>();
            triggers.forEach(trigger -> possible.addAll(trigger.possibleTags(context.pgVersion())));
            for (Node node : AstVisitor.collect(function.body(), Node.class)) {
                for (Expr.Literal value : comparedValues(node)) {
                    if (!possible.contains(value.value())) {
                        report(context, function, triggers, value, context.pgVersion());
                    }
                }
            }
        }
    }

    /** The string literals a node compares TG_TAG with: {@code tg_tag = 'X'}, {@code IN (...)}, CASE tg_tag WHEN 'X'. */
    private static List<Expr.Literal> comparedValues(Node node) {
        if (node instanceof Expr.Operator operator && EQUALITY.contains(operator.operator())
                && (operator.operator().endsWith("IN") || operator.operands().size() == 2)) {
            List<Expr> operands = operator.operands();
            if (isTgTag(operands.get(0))) {
                return strings(operands.subList(1, operands.size()));
            }
            if (operands.size() == 2 && isTgTag(operands.get(1))) {
                return strings(operands.subList(0, 1));
            }
        } else if (node instanceof PlStatement.Case statement && isTgTag(statement.subject())) {
            return strings(statement.whens().stream().map(Part.PlBranch::condition).toList());
        } else if (node instanceof Expr.Case expression && isTgTag(expression.operand())) {
            return strings(expression.whens().stream().map(Part.CaseWhen::condition).toList());
        }
        return List.of();
    }

    private static boolean isTgTag(Expr expr) {
        return expr instanceof Expr.ColumnRef column && column.isSimple("tg_tag");
    }

    private static List<Expr.Literal> strings(List<Expr> exprs) {
        return exprs.stream()
                .filter(e -> e instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING)
                .map(Expr.Literal.class::cast)
                .toList();
    }

    private static void report(RuleContext context, FunctionDef function, List<EventTriggerDef> triggers,
                               Expr.Literal value, int pgVersion) {
        String text = value.value();
        CommandTag tag = CommandTagFacts.lookUp(text).orElse(null);
        String why;
        String help = "remove the dead branch: no event trigger ever sees this value";
        if (tag != null && !tag.name().equals(text)) {
            why = "TG_TAG holds the tag in upper case ('" + tag.name() + "'), and = compares exactly";
            help = "compare with '" + tag.name() + "', or with upper(tg_tag) if the case varies";
        } else if (tag == null) {
            why = "'" + text + "' is no command tag";
        } else if (!tag.eventTriggerOk() || tag.objectClass() != ObjectClass.OTHER) {
            why = tag.name() + " never fires event triggers";
        } else if (tag.since() > pgVersion) {
            why = tag.name() + " fires event triggers only from PostgreSQL " + tag.since() + " (the target is " + pgVersion + ")";
        } else {
            why = "no trigger that runs it fires for " + tag.name() + " ("
                    + triggers.stream().map(UnreachableTagBranch::describe).collect(Collectors.joining("; ")) + ")";
            help = "remove the dead branch, or let a trigger that runs the function fire for " + tag.name();
        }
        EventTriggerDef first = triggers.get(0);
        context.report(function.file(), value)
                .message("TG_TAG is never '" + text + "' in " + function.signature() + ": " + why)
                .help(help)
                .related(first.file(), first.definition(), first.event() + " trigger " + first.name());
    }

    private static String describe(EventTriggerDef trigger) {
        String filter = trigger.tags().isEmpty() ? ""
                : " WHEN tag IN (" + trigger.tags().stream().map(t -> "'" + t.value() + "'").collect(Collectors.joining(", ")) + ")";
        return trigger.event() + " trigger " + trigger.name() + filter;
    }
}
