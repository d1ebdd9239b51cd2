package dev.evtlint.rules.contract;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.Aggregates;
import dev.evtlint.flow.EventFunctionQueries;
import dev.evtlint.flow.EventRowNames;
import dev.evtlint.flow.PlNodes;
import dev.evtlint.layout.ExtensionControl;
import dev.evtlint.model.BuiltinSettings;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Calls in trigger functions that raise an error in ordinary sessions, and so block every matching
 * command (or every login): current_setting() of a custom setting that may be unset, casts of free
 * text to regclass/regproc-like types, which fail when the object does not exist (not of a name the
 * command reports at ddl_command_end, {@link EventRowNames}), and pg_notify()
 * of a payload that aggregates the event functions' rows or holds the command's text, which fails
 * once it reaches 8000 bytes.
 */
@RuleMeta(id = "EVT407", name = "error-source-blocks-ddl",
        summary = "Call in a trigger function that errors in ordinary sessions and blocks the command",
        severity = Severity.WARNING, category = Category.CONTRACT, since = "0.1.0", tags = {"availability"})
public final class ErrorSourceBlocksDdl implements Rule {
    private static final Set<String> LOOKUP_TYPES = Set.of("regclass", "regproc", "regprocedure", "regtype", "regnamespace",
            "regrole", "regoper", "regoperator", "regconfig", "regdictionary", "regcollation");
    /** Functions whose result stays short whatever their argument: a prefix, a hash, a length. */
    private static final Set<String> BOUNDING = Set.of("left", "substr", "substring", "md5", "sha224", "sha256",
            "sha384", "sha512", "length", "char_length", "octet_length", "bit_length", "cardinality", "array_length");

    @Override
    public void check(RuleContext context) {
        ObjectNameLiterals names = new ObjectNameLiterals(context.model());
        EventRowNames rowNames = new EventRowNames(context.model());
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            EventTriggerDef trigger = context.model().triggersReaching(function).get(0);
            String blocked = (trigger.isLogin() ? "every login" : "every matching DDL command")
                    + " (event trigger " + trigger.name() + ")";
            Set<String> largeVariables = largeVariables(function.body());
            Set<Expr.FunctionCall> aggregatingNotifications = aggregatingNotifications(function.body(), largeVariables);
            for (Expr.FunctionCall call : AstVisitor.collect(function.body(), Expr.FunctionCall.class)) {
                if (call.calls("current_setting") && !call.positionalArguments()) {
                    context.report(function.file(), call)
                            .message("current_setting() in " + function.signature() + " is called with a named argument, "
                                    + "but its parameters have no names: the call does not resolve (\"function "
                                    + "current_setting(unknown, missing_ok => boolean) does not exist\") and blocks " + blocked)
                            .help("pass missing_ok by position: current_setting('name', true)");
                } else if (call.calls("current_setting") && raisesWhenUnset(call, function)) {
                    context.report(function.file(), call)
                            .message("current_setting() in " + function.signature() + " raises \"unrecognized configuration "
                                    + "parameter\" in any session where the setting is not set, and then blocks " + blocked)
                            .help("pass missing_ok: current_setting('name', true) returns NULL instead of failing");
                } else if (call.calls("pg_notify") && call.arguments().size() == 2
                        && (growsWithCommand(call.arguments().get(1), largeVariables, null) || aggregatingNotifications.contains(call))) {
                    context.report(function.file(), call)
                            .message("pg_notify() in " + function.signature() + " sends a payload that grows with the command "
                                    + "(the rows of an event function, or the command's text): a command on many objects "
                                    + "(DROP SCHEMA ... CASCADE) or a long one makes it reach 8000 bytes, and then "
                                    + "\"payload string too long\" blocks " + blocked)
                            .help("send a short payload (the command tag, a count, a key) and let listeners read the details "
                                    + "from a table the trigger writes");
                }
            }
            for (Expr.Cast cast : AstVisitor.collect(function.body(), Expr.Cast.class)) {
                String type = cast.type().name();
                if (LOOKUP_TYPES.contains(type) && isFreeText(cast.operand(), type, names)
                        && !namesLibrarySetting(cast.operand(), function)
                        && !rowNames.namesReportedObject(cast.operand(), function)) {
                    context.report(function.file(), cast)
                            .message("the cast to " + type + " in " + function.signature() + " raises an error "
                                    + "when the object does not exist (or is not visible), and then blocks " + blocked)
                            .help("use to_regclass() and its siblings, which return NULL instead of failing");
                }
            }
        }
    }

    /**
     * current_setting('x.y') without missing_ok: a custom (or misspelt) name raises where it is not
     * set; a built-in parameter always exists (facts 12.4). A name computed at run time is not judged,
     * nor a setting of the extension's own C library, which defines it (with its default) once
     * loaded: whether it is loaded is server configuration the scripts do not show.
     */
    private static boolean raisesWhenUnset(Expr.FunctionCall call, FunctionDef function) {
        List<Expr> arguments = call.arguments();
        boolean missingOk = arguments.size() == 2
                && !(arguments.get(1) instanceof Expr.Literal flag && flag.kind() == Expr.LiteralKind.BOOLEAN
                        && flag.value().equals("false"));
        return !missingOk && arguments.get(0) instanceof Expr.Literal name && name.kind() == Expr.LiteralKind.STRING
                && !BuiltinSettings.isBuiltin(name.value()) && !ExtensionControl.librarySetting(function.file(), name.value());
    }

    /**
     * Whether cast text is the value of a setting of the extension's own library, as written or
     * through quote_ident: the object it names is the server's configuration (the setting's
     * default or what the DBA set), which the scripts do not show.
     */
    private static boolean namesLibrarySetting(Expr operand, FunctionDef function) {
        Expr text = operand instanceof Expr.FunctionCall quoted && quoted.calls("quote_ident") && quoted.arguments().size() == 1
                ? quoted.arguments().get(0) : operand;
        return text instanceof Expr.FunctionCall setting && setting.calls("current_setting") && !setting.arguments().isEmpty()
                && setting.arguments().get(0) instanceof Expr.Literal name && name.kind() == Expr.LiteralKind.STRING
                && ExtensionControl.librarySetting(function.file(), name.value());
    }

    /**
     * Free text: a string literal that does not name an object that always exists, or a
     * text-building expression; not an OID.
     */
    private static boolean isFreeText(Expr operand, String type, ObjectNameLiterals names) {
        return operand instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING
                && !names.alwaysResolves(type, literal.value())
                || operand instanceof Expr.Operator operator && operator.operator().equals("||")
                || operand instanceof Expr.FunctionCall call && (call.calls("format") || call.calls("concat")
                        || call.calls("quote_ident"));
    }

    /**
     * Whether a payload grows with the command: it contains an aggregate of an event function's
     * rows or the command's whole text ({@code current_query()}), directly or through a variable,
     * outside a function that bounds its result ({@code left(current_query(), 200)}, {@code md5(...)}).
     * {@code enclosing} is the query whose select list the payload is in, or null.
     */
    private static boolean growsWithCommand(Node payload, Set<String> largeVariables, Statement.Select enclosing) {
        GrowingPayload walk = new GrowingPayload(largeVariables, enclosing);
        payload.accept(walk);
        return walk.grows;
    }

    /** A walk over a payload that looks for what grows with the command, skipping what bounding functions shorten. */
    private static final class GrowingPayload implements AstVisitor {
        private final Set<String> largeVariables;
        /** The queries around the node visited, innermost first. */
        private final Deque<Statement.Select> queries = new ArrayDeque<>();
        private boolean grows;

        GrowingPayload(Set<String> largeVariables, Statement.Select enclosing) {
            this.largeVariables = largeVariables;
            if (enclosing != null) {
                queries.push(enclosing);
            }
        }

        @Override
        public boolean enter(Node node) {
            if (node instanceof Expr.FunctionCall call && BOUNDING.stream().anyMatch(call::calls)) {
                return false;
            }
            if (node instanceof Statement.Select select) {
                queries.push(select);
            }
            grows |= node instanceof Expr.FunctionCall call && (call.calls("current_query")
                            || Aggregates.collectsRows(call) && !queries.isEmpty()
                                    && EventFunctionQueries.eventFunction(queries.peek()) != null)
                    || node instanceof Expr.ColumnRef column && column.names().size() == 1
                            && largeVariables.contains(column.lastName());
            return true;
        }

        @Override
        public void exit(Node node) {
            if (node instanceof Statement.Select && !queries.isEmpty() && queries.peek() == node) {
                queries.pop();
            }
        }
    }

    /**
     * pg_notify() calls in the select list of a query over an event function whose payload
     * aggregates that query's rows: {@code SELECT pg_notify('c', json_agg(d)::text) FROM pg_event_trigger_dropped_objects() d}.
     */
    private static Set<Expr.FunctionCall> aggregatingNotifications(PlStatement.Block body, Set<String> largeVariables) {
        Set<Expr.FunctionCall> calls = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Statement.Select select : AstVisitor.collect(body, Statement.Select.class)) {
            if (EventFunctionQueries.eventFunction(select) == null) {
                continue;
            }
            for (Expr target : select.targets()) {
                for (Expr.FunctionCall notify : AstVisitor.collect(target, Expr.FunctionCall.class)) {
                    if (notify.calls("pg_notify") && notify.arguments().size() == 2
                            && growsWithCommand(notify.arguments().get(1), largeVariables, select)) {
                        calls.add(notify);
                    }
                }
            }
        }
        return calls;
    }

    /**
     * The variables that may hold an aggregate of an event function's rows: assigned one (by
     * {@code :=} or SELECT ... INTO), or a value built from such a variable; to a fixed point.
     */
    private static Set<String> largeVariables(PlStatement.Block body) {
        Set<String> large = new HashSet<>();
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Assignment assignment : assignments(body)) {
                if (!large.contains(assignment.target) && growsWithCommand(assignment.value, large, null)) {
                    large.add(assignment.target);
                    grown = true;
                }
            }
        }
        return large;
    }

    private record Assignment(String target, Node value) {
    }

    /** Every {@code x := value} and {@code SELECT ... INTO x} of the body (the query as a whole is the value). */
    private static List<Assignment> assignments(PlStatement.Block body) {
        List<Assignment> assignments = new ArrayList<>();
        PlNodes.forEachStatement(body, statement -> {
            // An assignment whose expression does not parse has no value to follow.
            if (statement instanceof PlStatement.Assign assign && assign.value() != null) {
                assignments.add(new Assignment(assign.target().toString(), assign.value()));
            } else if (statement instanceof PlStatement.Sql sql && sql.statement() instanceof Statement.Select select) {
                sql.into().forEach(target -> assignments.add(new Assignment(target.toString(), select)));
            }
        });
        for (Part.PlDeclaration declaration : AstVisitor.collect(body, Part.PlDeclaration.class)) {
            if (declaration.initialValue() != null) {
                assignments.add(new Assignment(declaration.name().name(), declaration.initialValue()));
            }
        }
        return assignments;
    }
}
