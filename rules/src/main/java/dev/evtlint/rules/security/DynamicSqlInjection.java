package dev.evtlint.rules.security;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.EventRowNames;
import dev.evtlint.flow.ParameterFlow;
import dev.evtlint.flow.PlNodes;
import dev.evtlint.flow.VariableValues;
import dev.evtlint.model.CallSite;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.FindingBuilder;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * EXECUTE of text built from values a user controls without quoting them: user and session names,
 * settings, the current query, TG_TAG, and object names from the event functions, also text cut
 * from object_identity, which loses its quoting ({@link EventRowNames}). Trigger
 * functions usually run as SECURITY DEFINER superuser functions, for every login or DDL command.
 */
@RuleMeta(id = "EVT502", name = "dynamic-sql-injection",
        summary = "EXECUTE of SQL built from unquoted user-controlled values", severity = Severity.ERROR,
        category = Category.SECURITY, since = "0.1.0", tags = {"security"}, securitySeverity = "8.8")
public final class DynamicSqlInjection implements Rule {
    private static final Set<String> SOURCES = Set.of("session_user", "current_user", "user", "current_role",
            "current_setting", "current_query", "current_schema");
    /**
     * Columns of pg_event_trigger_ddl_commands()/dropped_objects() that hold unquoted names (and
     * command_tag, which the catalog treats as TG_TAG). object_type is none: PostgreSQL writes it from
     * a fixed list of object kinds ('table', 'materialized view'), which no name can change.
     */
    private static final Set<String> NAME_FIELDS = Set.of("object_name", "schema_name", "command_tag",
            "address_names", "address_args");
    private static final Set<String> QUOTING = Set.of("quote_ident", "quote_literal", "quote_nullable");
    /**
     * Functions that change a text's case and nothing else: a bare name stays as unquoted as it was,
     * so its taint passes through. (They are no cut of {@link EventRowNames}: a name with its case
     * changed may denote another object, which matters to rules that look the object up.)
     */
    private static final Set<String> CASE_CHANGING = Set.of("lower", "upper", "initcap");

    @Override
    public void check(RuleContext context) {
        List<FunctionDef> triggerFunctions = context.model().plPgSqlTriggerFunctions();
        Set<FunctionDef> roots = Collections.newSetFromMap(new IdentityHashMap<>());
        roots.addAll(triggerFunctions);
        // A helper that trigger functions pass such a value to splices it as unsafely as they would.
        ParameterFlow passed = ParameterFlow.of(context.model(), triggerFunctions, (function, parameters) -> {
            Sources sources = new Sources(roots.contains(function), parameters, VariableValues.of(function));
            return argument -> !unquotedOperands(argument, sources).isEmpty();
        });
        for (FunctionDef function : triggerFunctions) {
            check(context, function, new Sources(true, passed.parameters(function), VariableValues.of(function)), passed);
        }
        for (FunctionDef helper : passed.receivers()) {
            if (!roots.contains(helper)) {
                check(context, helper, new Sources(false, passed.parameters(helper), VariableValues.of(helper)), passed);
            }
        }
    }

    private static void check(RuleContext context, FunctionDef function, Sources sources, ParameterFlow passed) {
        List<EventTriggerDef> reaching = context.model().triggersReaching(function);
        if (reaching.isEmpty()) {
            return;
        }
        EventTriggerDef trigger = reaching.get(0);
        // A value given to a variable is reported once, however many commands splice the variable.
        Set<Expr> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        PlNodes.forEachStatement(function.body(), statement -> {
            if (statement instanceof PlStatement.Execute execute && execute.command() != null) {
                for (Expr operand : unquotedOperands(execute.command(), sources)) {
                    if (reported.add(operand)) {
                        report(context, function, trigger, operand, sources.passedBy(operand, function, passed));
                    }
                }
            }
        });
    }

    private static void report(RuleContext context, FunctionDef function, EventTriggerDef trigger, Expr operand,
                               CallSite passedBy) {
        FindingBuilder finding = context.report(function.file(), operand)
                .message("EXECUTE in " + function.signature() + " splices " + describe(operand, passedBy) + " into SQL unquoted: "
                        + "a crafted name runs arbitrary SQL with the function's rights on every " + trigger.event()
                        + " event (event trigger " + trigger.name() + ")")
                .help("quote it: quote_ident() or format('%I') for names, quote_literal() or format('%L') for values; "
                        + "pass values with EXECUTE ... USING")
                .related(trigger.file(), trigger.definition(), "event trigger " + trigger.name() + " on " + trigger.event());
        if (passedBy != null) {
            finding.related(passedBy.caller().file(), passedBy.call(), "the call that passes the unquoted value");
        }
    }

    /**
     * Where a function's user-controlled values come from: in a trigger function the values the rule
     * names (a helper reached only through calls runs for the callers' own reasons, which this does
     * not follow), in any function the parameters a caller passes such a value to.
     */
    private record Sources(boolean ownSources, Set<String> receivingParameters, VariableValues variables) {
        boolean isSource(Expr expr) {
            return (ownSources && isUserControlled(expr)) || receivingParameter(expr) != null;
        }

        /** The parameter {@code expr} reads that receives such a value, unless the body quotes it in place. */
        String receivingParameter(Expr expr) {
            if (expr instanceof Expr.ColumnRef column && column.names().size() == 1
                    && receivingParameters.contains(column.lastName())
                    && variables.valuesOf(column.lastName()).stream().noneMatch(DynamicSqlInjection::isQuoting)) {
                return column.lastName();
            }
            return null;
        }

        CallSite passedBy(Expr operand, FunctionDef function, ParameterFlow passed) {
            String parameter = receivingParameter(operand);
            return parameter == null ? null : passed.passedBy(function, parameter);
        }
    }

    /**
     * The user-controlled operands a command text is built from without quoting: spliced with
     * {@code ||} or format()'s {@code %s} (also between double quotes, {@code "%s"}, which a name
     * holding a double quote breaks out of), directly or through variables the body builds the
     * text in ({@code sql := format(...); EXECUTE sql}) or loops over ({@code FOR r IN SELECT
     * format(...) ... LOOP EXECUTE r.stmt}).
     */
    private static List<Expr> unquotedOperands(Expr command, Sources sources) {
        List<Expr> found = new ArrayList<>();
        collect(command, found, sources, new HashSet<>());
        return found;
    }

    private static void collect(Expr expr, List<Expr> found, Sources sources, Set<String> visited) {
        VariableValues variables = sources.variables();
        if (expr instanceof Expr.Operator operator && operator.operator().equals("||")) {
            operator.operands().forEach(operand -> collect(operand, found, sources, visited));
        } else if (expr instanceof Expr.FunctionCall call && call.calls("format") && !call.arguments().isEmpty()) {
            splicedFormatArguments(call).forEach(argument -> collect(argument, found, sources, visited));
        } else if (sources.isSource(expr)) {
            found.add(expr);
        } else if (expr instanceof Expr.FunctionCall call && call.arguments().size() == 1
                && CASE_CHANGING.stream().anyMatch(call::calls)) {
            collect(call.arguments().get(0), found, sources, visited);
        } else if (EventRowNames.cutFrom(expr) != null) {
            // Text cut from a name is as unquoted as the name; cut from object_identity it is unquoted
            // where the cut takes the quoting off (a part of "a.b", or the quotes replaced away).
            Expr source = EventRowNames.cutFrom(expr);
            if (EventRowNames.isIdentity(source, variables)) {
                if (EventRowNames.stripsQuoting(expr)) {
                    found.add(expr);
                }
            } else {
                collect(source, found, sources, visited);
            }
        } else if (expr instanceof Expr.ColumnRef column && column.names().size() == 1
                && visited.add(column.lastName().toLowerCase(Locale.ROOT))) {
            List<Node> values = variables.valuesOf(column.lastName());
            // A variable quoted in place (v := quote_ident(v)) may hold the raw value only before:
            // the body's order decides, which this does not follow, so precision first.
            if (values.stream().noneMatch(DynamicSqlInjection::isQuoting)) {
                values.stream().filter(Expr.class::isInstance).forEach(value -> collect((Expr) value, found, sources, visited));
            }
        } else if (expr instanceof Expr.ColumnRef field && field.names().size() == 2
                && visited.add(field.names().get(0).name().toLowerCase(Locale.ROOT) + "." + field.lastName())) {
            // A field of a FOR loop's record over a query of one column is that column, whatever its alias.
            for (Statement query : variables.loopQueriesOf(field.names().get(0).name())) {
                if (query instanceof Statement.Select select && select.targets().size() == 1 && select.setOperands().isEmpty()) {
                    collect(select.targets().get(0), found, sources, visited);
                }
            }
        }
    }

    /** The arguments format()'s %s placeholders splice as they are (%I and %L quote theirs). */
    private static List<Expr> splicedFormatArguments(Expr.FunctionCall call) {
        List<Expr> spliced = new ArrayList<>();
        if (!(call.arguments().get(0) instanceof Expr.Literal format)) {
            return spliced;
        }
        String text = format.value();
        int next = 1;
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) != '%') {
                continue;
            }
            int end = i + 1;
            int position = 0;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                position = position * 10 + text.charAt(end) - '0';
                end++;
            }
            int argument = next;
            if (end < text.length() && text.charAt(end) == '$' && position > 0) {
                argument = position;
                end++;
            }
            if (end >= text.length() || text.charAt(end) == '%') {
                i = end;
                continue;
            }
            if (text.charAt(end) == 's' && argument < call.arguments().size()) {
                spliced.add(call.arguments().get(argument));
            }
            next = argument + 1;
            i = end;
        }
        return spliced;
    }

    private static boolean isQuoting(Node value) {
        return value instanceof Expr.FunctionCall call && QUOTING.contains(call.name().name());
    }

    private static boolean isUserControlled(Expr expr) {
        if (expr instanceof Expr.Cast cast) {
            return isUserControlled(cast.operand());
        }
        if (expr instanceof Expr.FunctionCall call) {
            return !QUOTING.contains(call.name().name()) && SOURCES.contains(call.name().name());
        }
        if (expr instanceof Expr.ColumnRef column) {
            return column.isSimple("tg_tag") || (column.names().size() == 2 && NAME_FIELDS.contains(column.lastName()));
        }
        return false;
    }

    private static String describe(Expr operand, CallSite passedBy) {
        if (passedBy != null) {
            return "parameter " + ((Expr.ColumnRef) operand).lastName() + ", which " + passedBy.caller().signature()
                    + " passes unquoted user-controlled text,";
        }
        Expr value = operand instanceof Expr.Cast cast ? cast.operand() : operand;
        if (value instanceof Expr.FunctionCall call && EventRowNames.cutFrom(call) != null) {
            return "text cut from " + EventRowNames.OBJECT_IDENTITY + " by " + call.name().name() + "(), which has lost PostgreSQL's quoting,";
        }
        if (value instanceof Expr.FunctionCall call) {
            return call.name().name() + "()";
        }
        Expr.ColumnRef column = (Expr.ColumnRef) value;
        return column.names().size() == 1 ? "TG_TAG" : column.names().get(0).name() + "." + column.lastName();
    }
}
