package dev.evtlint.rules.events;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.EventFunctionQueries;
import dev.evtlint.model.CommandTagFacts.CommandTag;
import dev.evtlint.model.CommandTagFacts.ObjectClass;
import dev.evtlint.model.CommandTagFacts;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.MessageLists;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A test of TG_TAG in an event trigger function against a value it can never hold, given the
 * triggers that run the function: their events, their WHEN lists, and the commands that fire those
 * events. TG_TAG holds the tag exactly as PostgreSQL spells it, in upper case. Also tests of the
 * command_tag and object_type columns of the event functions' rows, which have their own ranges.
 */
@RuleMeta(id = "EVT207", name = "unreachable-tag-branch", summary = "TG_TAG test that can never be true",
        severity = Severity.WARNING, category = Category.EVENTS, since = "0.1.0", tags = {"correctness"})
public final class UnreachableTagBranch implements Rule {
    private static final Set<String> EQUALITY = Set.of("=", "<>", "!=", "IN", "NOT IN");

    /** What a value is compared with. */
    private enum Subject {
        /** TG_TAG: the tags the triggers that run the function fire for. */
        TG_TAG,
        /**
         * command_tag of pg_event_trigger_ddl_commands(): the tags of the commands the triggers' WHEN
         * lists name and of those nested in them (see CommandTagFacts.commandRowTags); any tag that
         * fires event triggers where a trigger has no WHEN list or names a command that can nest others.
         */
        COMMAND_TAG,
        /** object_type of the event functions' rows: a kind of object, always in lower case ('table column'). */
        OBJECT_TYPE
    }

    /** A value compared with a subject, as the code writes the subject ({@code TG_TAG}, {@code r.command_tag}). */
    private record Comparison(Subject subject, String written, Expr.Literal value) {
    }

    @Override
    public void check(RuleContext context) {
        // The triggers of each function, gathered once: filtering all triggers per function was quadratic.
        Map<FunctionDef, List<EventTriggerDef>> triggersOf = new IdentityHashMap<>();
        // With the earlier definitions triggers ran, each judged against the triggers that ran it.
        context.model().triggerRuns().forEach(trigger ->
                triggersOf.computeIfAbsent(trigger.function(), function -> new ArrayList<>()).add(trigger));
        for (FunctionDef function : context.model().definitions()) {
            List<EventTriggerDef> triggers = triggersOf.getOrDefault(function, List.of());
            if (function.body() == null || triggers.isEmpty()
                    || !triggers.stream().allMatch(t -> EventTriggerDef.EVENTS.contains(t.event()))) {
                continue;
            }
            Set<String> possible = new TreeSet<>();
            triggers.forEach(trigger -> possible.addAll(trigger.possibleTags(context.pgVersion())));
            Set<String> rowTags = commandRowTags(triggers, possible);
            EventRows rows = new EventRows(function.body());
            for (Node node : AstVisitor.collect(function.body(), Node.class)) {
                for (Comparison comparison : comparisons(node, rows)) {
                    if (!canHold(comparison, possible, rowTags)) {
                        report(context, function, triggers, comparison, context.pgVersion());
                    }
                }
            }
        }
    }

    /**
     * The command_tag values the event rows can hold when every trigger that runs the function has a
     * WHEN list whose commands' rows are all known (see {@code possibleTags}, the tags they fire for);
     * null when any tag that fires event triggers can turn up.
     */
    private static Set<String> commandRowTags(List<EventTriggerDef> triggers, Set<String> possibleTags) {
        if (triggers.stream().anyMatch(trigger -> trigger.tags().isEmpty())) {
            return null;
        }
        Set<String> rowTags = new TreeSet<>();
        for (String tag : possibleTags) {
            Optional<Set<String>> rows = CommandTagFacts.commandRowTags(tag);
            if (rows.isEmpty()) {
                return null;
            }
            rowTags.addAll(rows.get());
        }
        return rowTags;
    }

    private static boolean canHold(Comparison comparison, Set<String> possibleTags, Set<String> rowTags) {
        String value = comparison.value().value();
        return switch (comparison.subject()) {
            case TG_TAG -> possibleTags.contains(value);
            case COMMAND_TAG -> CommandTagFacts.lookUp(value)
                    .filter(tag -> tag.name().equals(value) && firesEventTriggers(tag)).isPresent()
                    && producesRows(value) && (rowTags == null || rowTags.contains(value));
            case OBJECT_TYPE -> value.equals(value.toLowerCase(Locale.ROOT));
        };
    }

    /**
     * Whether a command of this tag adds rows to pg_event_trigger_ddl_commands(), where its tag can
     * then turn up: DROP commands never do (nor, so, as commands nested in others).
     */
    private static boolean producesRows(String tag) {
        return !CommandTagFacts.commandRowTags(tag).map(Set::isEmpty).orElse(false);
    }

    private static boolean firesEventTriggers(CommandTag tag) {
        return tag.eventTriggerOk() && tag.objectClass() == ObjectClass.OTHER;
    }

    /**
     * Where the event functions' rows are read: the record variables of FOR loops over them, and the
     * queries that read nothing but one of them, with its alias.
     */
    private static final class EventRows {
        private final Set<String> loopRecords = new HashSet<>();
        private final Set<Statement.Select> queries = new HashSet<>();

        EventRows(PlStatement.Block body) {
            for (PlStatement.Loop loop : AstVisitor.collect(body, PlStatement.Loop.class)) {
                if (loop.kind() == PlStatement.LoopKind.FOR_QUERY && loop.targets().size() == 1
                        && loop.query() instanceof Statement.Select select && EventFunctionQueries.eventFunction(select) != null) {
                    loopRecords.add(loop.targets().get(0).toString());
                }
            }
            for (Statement.Select select : AstVisitor.collect(body, Statement.Select.class)) {
                if (select.from().size() == 1 && select.from().get(0) instanceof Part.FunctionTableRef
                        && EventFunctionQueries.eventFunction(select) != null) {
                    queries.add(select);
                }
            }
        }

        /** The column of an event function's row {@code expr} reads inside {@code select} (null: outside any query), or null. */
        String column(Expr expr, Statement.Select select) {
            if (!(expr instanceof Expr.ColumnRef column) || column.names().size() > 2) {
                return null;
            }
            boolean ofRow = column.names().size() == 2 ? loopRecords.contains(column.names().get(0).name())
                    || select != null && queries.contains(select) && column.names().get(0).name().equals(alias(select))
                    : select != null && queries.contains(select);
            return ofRow ? column.lastName() : null;
        }

        private static String alias(Statement.Select select) {
            Part.FunctionTableRef table = (Part.FunctionTableRef) select.from().get(0);
            return table.alias() == null ? table.functions().get(0).name().name() : table.alias().name();
        }
    }

    /**
     * The comparisons a node makes of a subject with string literals: {@code tg_tag = 'X'},
     * {@code r.command_tag IN (...)}, {@code CASE tg_tag WHEN 'X', 'Y'}, and in a query over an event
     * function, {@code object_type = 'table'}.
     */
    private static List<Comparison> comparisons(Node node, EventRows rows) {
        List<Comparison> found = new ArrayList<>();
        if (node instanceof Expr.Operator operator && EQUALITY.contains(operator.operator())
                && (operator.operator().endsWith("IN") || operator.operands().size() == 2)) {
            List<Expr> operands = operator.operands();
            add(found, operands.get(0), operands.subList(1, operands.size()), rows, null);
            if (operands.size() == 2) {
                add(found, operands.get(1), operands.subList(0, 1), rows, null);
            }
        } else if (node instanceof Statement.Select select && rows.queries.contains(select)) {
            for (Expr.Operator operator : AstVisitor.collect(select, Expr.Operator.class)) {
                if (EQUALITY.contains(operator.operator()) && (operator.operator().endsWith("IN") || operator.operands().size() == 2)) {
                    List<Expr> operands = operator.operands();
                    addColumn(found, operands.get(0), operands.subList(1, operands.size()), rows, select);
                    if (operands.size() == 2) {
                        addColumn(found, operands.get(1), operands.subList(0, 1), rows, select);
                    }
                }
            }
        } else if (node instanceof PlStatement.Case statement && statement.subject() != null) {
            add(found, statement.subject(), statement.whens().stream().flatMap(when -> PlStatement.Case.values(when).stream()).toList(),
                    rows, null);
        } else if (node instanceof Expr.Case expression && expression.operand() != null) {
            add(found, expression.operand(), expression.whens().stream().map(Part.CaseWhen::condition).toList(), rows, null);
        }
        return found;
    }

    /** Adds the comparisons of TG_TAG or a row variable's field with {@code values}. */
    private static void add(List<Comparison> found, Expr subject, List<Expr> values, EventRows rows, Statement.Select select) {
        if (subject instanceof Expr.ColumnRef column && column.isSimple("tg_tag")) {
            strings(values).forEach(value -> found.add(new Comparison(Subject.TG_TAG, "TG_TAG", value)));
        } else if (subject instanceof Expr.ColumnRef column && column.names().size() == 2) {
            addColumn(found, subject, values, rows, select);
        }
    }

    /** Adds the comparisons of an event function's command_tag or object_type column with {@code values}. */
    private static void addColumn(List<Comparison> found, Expr subject, List<Expr> values, EventRows rows, Statement.Select select) {
        String column = rows.column(subject, select);
        Subject kind = "command_tag".equals(column) ? Subject.COMMAND_TAG : "object_type".equals(column) ? Subject.OBJECT_TYPE : null;
        if (kind != null) {
            String written = ((Expr.ColumnRef) subject).names().stream().map(Part.Identifier::name).collect(Collectors.joining("."));
            strings(values).forEach(value -> found.add(new Comparison(kind, written, value)));
        }
    }

    private static List<Expr.Literal> strings(List<Expr> exprs) {
        return exprs.stream()
                .filter(e -> e instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING)
                .map(Expr.Literal.class::cast)
                .toList();
    }

    private static void report(RuleContext context, FunctionDef function, List<EventTriggerDef> triggers,
                               Comparison comparison, int pgVersion) {
        Expr.Literal value = comparison.value();
        String text = value.value();
        CommandTag tag = CommandTagFacts.lookUp(text).orElse(null);
        String subject = comparison.written();
        String why;
        String help = "remove the dead branch: no event trigger ever sees this value";
        if (comparison.subject() == Subject.OBJECT_TYPE) {
            String lower = text.toLowerCase(Locale.ROOT);
            why = "object_type names the kind of object in lower case ('" + lower + "'), and = compares exactly";
            help = "compare with '" + lower + "'";
        } else if (tag != null && !tag.name().equals(text)) {
            why = subject + " holds the tag in upper case ('" + tag.name() + "'), and = compares exactly";
            help = "compare with '" + tag.name() + "', or with upper(" + subject.toLowerCase(Locale.ROOT) + ") if the case varies";
        } else if (tag == null) {
            why = "'" + text + "' is no command tag";
        } else if (!firesEventTriggers(tag)) {
            why = tag.name() + " never fires event triggers";
        } else if (tag.since() > pgVersion) {
            why = tag.name() + " fires event triggers only from PostgreSQL " + tag.since() + " (the target is " + pgVersion + ")";
        } else if (comparison.subject() == Subject.COMMAND_TAG) {
            why = "no trigger that runs it fires for a command that reports a " + tag.name() + " row ("
                    + triggers.stream().map(UnreachableTagBranch::describe).collect(MessageLists.joining("; ")) + ")";
            help = "remove the dead branch, or add " + tag.name() + " to the WHEN list of a trigger that runs the function";
        } else {
            why = "no trigger that runs it fires for " + tag.name() + " ("
                    + triggers.stream().map(UnreachableTagBranch::describe).collect(MessageLists.joining("; ")) + ")";
            help = "remove the dead branch, or let a trigger that runs the function fire for " + tag.name();
        }
        EventTriggerDef first = triggers.get(0);
        context.report(function.file(), value)
                .message(subject + " is never '" + text + "' in " + function.signature() + ": " + why)
                .help(help)
                .related(first.file(), first.definition(), first.event() + " trigger " + first.name());
    }

    private static String describe(EventTriggerDef trigger) {
        String filter = trigger.tags().isEmpty() ? ""
                : " WHEN tag IN (" + trigger.tags().stream().map(t -> "'" + t.value() + "'").collect(MessageLists.joining()) + ")";
        return trigger.event() + " trigger " + trigger.name() + filter;
    }
}
