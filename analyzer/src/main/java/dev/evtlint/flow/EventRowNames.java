package dev.evtlint.flow;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.CallSite;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a name in a trigger function comes from, when it comes from the rows of the event
 * functions: {@code object_name} and {@code schema_name} are bare names, {@code object_identity}
 * is qualified and quoted by PostgreSQL, and text cut from it ({@code split_part},
 * {@code replace(..., '"', '')}...) has lost that quoting. At {@code ddl_command_end} the rows of
 * {@code pg_event_trigger_ddl_commands()} are the objects the command created or altered, so a
 * name rebuilt from them ({@code format('%I.%I', schema, name)}) denotes an object that exists;
 * the rows of {@code pg_event_trigger_dropped_objects()} are objects that are gone.
 */
public final class EventRowNames {
    public static final String OBJECT_IDENTITY = "object_identity";
    /** The columns of the rows that hold a bare name; object_identity holds a qualified, quoted one. */
    private static final Set<String> BARE_NAME_COLUMNS = Set.of("object_name", "schema_name");
    /** Functions whose result is cut or edited from their first argument. */
    private static final Set<String> TEXT_CUTTING = Set.of("split_part", "replace", "regexp_replace", "btrim", "trim",
            "ltrim", "rtrim", "substring", "substr", "left", "right");
    /** Cutting functions that remove the characters their second argument names. */
    private static final Set<String> QUOTE_REMOVING = Set.of("replace", "regexp_replace", "btrim", "trim", "ltrim", "rtrim");
    /** A format() text that is a name, qualified or not, and nothing else: {@code %I.%I}. */
    private static final Pattern QUALIFIED_NAME_FORMAT = Pattern.compile("%[Is](\\.%[Is])*");

    private final ProjectModel model;
    private final Map<FunctionDef, VariableValues> variables = new HashMap<>();

    public EventRowNames(ProjectModel model) {
        this.model = model;
    }

    /** The text a call of a cutting function ({@code split_part}, {@code replace}...) is cut from, or null. */
    public static Expr cutFrom(Expr expr) {
        return expr instanceof Expr.FunctionCall call && !call.arguments().isEmpty()
                && TEXT_CUTTING.stream().anyMatch(call::calls) ? call.arguments().get(0) : null;
    }

    /**
     * Whether a cut takes PostgreSQL's quoting off quoted text: {@code split_part} splits at a
     * character that a quoted name may hold ({@code public."a.b"}), and removing or trimming
     * {@code "} ({@code replace(..., '"', '')}, {@code btrim(..., '"')}) takes the quotes away.
     * Other cuts ({@code replace(..., 'public.', '')}, {@code left(...)}) leave the quotes paired.
     */
    public static boolean stripsQuoting(Expr expr) {
        if (!(expr instanceof Expr.FunctionCall call) || cutFrom(call) == null) {
            return false;
        }
        return call.calls("split_part") || QUOTE_REMOVING.stream().anyMatch(call::calls) && call.arguments().size() >= 2
                && call.arguments().get(1) instanceof Expr.Literal removed && removed.value().contains("\"");
    }

    /**
     * Whether {@code expr} is the quoted {@code object_identity} of an event function's row, directly,
     * through a variable, or cut in a way that keeps its quoting.
     */
    public static boolean isIdentity(Expr expr, VariableValues values) {
        return isIdentity(expr, values, new HashSet<>());
    }

    private static boolean isIdentity(Expr expr, VariableValues values, Set<String> visited) {
        if (cutFrom(expr) != null) {
            return !stripsQuoting(expr) && isIdentity(cutFrom(expr), values, visited);
        }
        if (expr instanceof Expr.ColumnRef column && column.names().size() == 2) {
            return column.lastName().equals(OBJECT_IDENTITY);
        }
        if (expr instanceof Expr.ColumnRef variable && variable.names().size() == 1
                && visited.add(variable.lastName().toLowerCase(Locale.ROOT))) {
            List<Node> assigned = values.valuesOf(variable.lastName());
            return !assigned.isEmpty() && assigned.stream().allMatch(value -> value instanceof Expr e && isIdentity(e, values, visited));
        }
        return false;
    }

    /**
     * Whether cast text in {@code function} names an object that a {@code ddl_command_end} row of
     * {@code pg_event_trigger_ddl_commands()} reports: the row's {@code object_identity}, or a name
     * rebuilt from its names and their parts with quoting ({@code format('%I.%I', ...)},
     * {@code quote_ident(...) || '.' || quote_ident(...)}). Values reach the text through
     * variables and through the parameters of a function every call of which, in the project,
     * passes such a name.
     */
    public boolean namesReportedObject(Expr text, FunctionDef function) {
        if (text instanceof Expr.FunctionCall format && format.calls("format") && format.arguments().size() >= 2
                && format.arguments().get(0) instanceof Expr.Literal literal && QUALIFIED_NAME_FORMAT.matcher(literal.value()).matches()) {
            String[] placeholders = literal.value().split("\\.");
            for (int i = 0; i < placeholders.length; i++) {
                if (i + 1 >= format.arguments().size() || !isQuotedAs(placeholders[i], format.arguments().get(i + 1), function)) {
                    return false;
                }
            }
            return format.arguments().size() == placeholders.length + 1;
        }
        return isQuotedConcatenation(text, function);
    }

    /** Whether {@code text} joins quoted reported names and dots: {@code quote_ident(s) || '.' || quote_ident(t)}. */
    private boolean isQuotedConcatenation(Expr text, FunctionDef function) {
        if (text instanceof Expr.Operator concatenation && concatenation.operator().equals("||")) {
            return concatenation.operands().stream().allMatch(operand -> operand instanceof Expr.Literal dot && dot.value().equals(".")
                    || isQuotedConcatenation(operand, function));
        }
        return isQuotedAs("%s", text, function);
    }

    /**
     * The forms a reported name takes: bare ({@code schema_name}, a part cut from
     * {@code object_identity}), which {@code %I} or quote_ident() must quote; quoted and qualified
     * ({@code object_identity} itself), which goes in as it is; or either, as the text a cut starts from.
     */
    private enum Form { BARE, QUOTED, ANY }

    /** Whether {@code part}, put into the text as {@code placeholder} ({@code %I} quotes it, {@code %s} not), is a reported name quoted once. */
    private boolean isQuotedAs(String placeholder, Expr part, FunctionDef function) {
        // The walk stops at a variable seen before (x := x || '_a'): such a cycle proves nothing.
        Set<String> visited = new HashSet<>();
        if (placeholder.equals("%I")) {
            return isReportedName(part, function, visited, Form.BARE);
        }
        if (part instanceof Expr.FunctionCall quoted && quoted.calls("quote_ident") && quoted.arguments().size() == 1) {
            return isReportedName(quoted.arguments().get(0), function, visited, Form.BARE);
        }
        return isReportedName(part, function, visited, Form.QUOTED);
    }

    /** Whether {@code expr} is a name of a row of {@code pg_event_trigger_ddl_commands()} in {@code function}, in {@code form}. */
    private boolean isReportedName(Expr expr, FunctionDef function, Set<String> visited, Form form) {
        VariableValues values = variables.computeIfAbsent(function, VariableValues::of);
        Expr cut = cutFrom(expr);
        if (cut != null) {
            return form != Form.QUOTED && isReportedName(cut, function, visited, Form.ANY);
        }
        if (expr instanceof Expr.ColumnRef column && column.names().size() == 2) {
            List<Statement> queries = values.loopQueriesOf(column.names().get(0).name());
            boolean inForm = switch (form) {
                case BARE -> BARE_NAME_COLUMNS.contains(column.lastName());
                case QUOTED -> column.lastName().equals(OBJECT_IDENTITY);
                case ANY -> BARE_NAME_COLUMNS.contains(column.lastName()) || column.lastName().equals(OBJECT_IDENTITY);
            };
            return inForm && !queries.isEmpty() && queries.stream().allMatch(EventRowNames::readsDdlCommands);
        }
        if (expr instanceof Expr.ColumnRef variable && variable.names().size() == 1
                && visited.add(function.signature() + "/" + variable.lastName().toLowerCase(Locale.ROOT))) {
            List<Node> assigned = values.valuesOf(variable.lastName());
            boolean everyAssignmentReported = assigned.stream()
                    .allMatch(value -> value instanceof Expr e && isReportedName(e, function, visited, form));
            int parameter = parameterIndex(function, variable.lastName());
            if (parameter >= 0) {
                return everyAssignmentReported && isPassedReportedName(function, parameter, visited, form);
            }
            return values.isSetOnlyInBody(variable.lastName()) && !assigned.isEmpty() && everyAssignmentReported;
        }
        return false;
    }

    private static boolean readsDdlCommands(Statement query) {
        return query instanceof Statement.Select select
                && EventFunctionQueries.DDL_COMMANDS.equals(EventFunctionQueries.eventFunction(select));
    }

    /** Whether every call of {@code function} in the project passes a reported name as its parameter at {@code index}; false without a call. */
    private boolean isPassedReportedName(FunctionDef function, int index, Set<String> visited, Form form) {
        List<CallSite> calls = model.definitions().stream().flatMap(caller -> model.callees(caller).stream())
                .filter(site -> site.callee() == function).toList();
        return !calls.isEmpty() && calls.stream().allMatch(site -> site.call().positionalArguments()
                && index < site.call().arguments().size()
                && isReportedName(site.call().arguments().get(index), site.caller(), visited, form));
    }

    /** The position of the argument a call passes for the parameter {@code name} (OUT parameters take none), or -1. */
    private static int parameterIndex(FunctionDef function, String name) {
        int index = 0;
        for (Part.Parameter parameter : function.definition().parameters()) {
            if (parameter.mode() != null && parameter.mode().equalsIgnoreCase("out")) {
                continue;
            }
            if (parameter.name() != null && parameter.name().name().equalsIgnoreCase(name)) {
                return index;
            }
            index++;
        }
        return -1;
    }
}
