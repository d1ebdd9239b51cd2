package dev.evtlint.rules.security;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part.ConfigSetting;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.BuiltinFunctionNames;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.model.SearchPath;
import dev.evtlint.model.TypeNames;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.FindingBuilder;
import dev.evtlint.rule.Fix;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import dev.evtlint.rule.TextEdit;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A SECURITY DEFINER trigger function without a safe {@code SET search_path}: whoever can create
 * objects in a schema searched before pg_catalog, or in pg_temp, can make it run their code with
 * its owner's rights, for every login or every DDL command.
 */
@RuleMeta(id = "EVT501", name = "security-definer-without-search-path",
        summary = "SECURITY DEFINER trigger function without a safe search_path", severity = Severity.WARNING,
        category = Category.SECURITY, since = "0.1.0", tags = {"security"}, securitySeverity = "7.5")
public final class SecurityDefinerWithoutSearchPath implements Rule {
    /** Built-in functions that look up the object a text names through search_path. */
    private static final Set<String> NAME_LOOKUPS = Set.of("nextval", "currval", "setval", "regclass");
    private static final String HELP = "add SET search_path = pg_catalog, pg_temp (with the schemas it needs "
            + "between them) to the function, and qualify the objects it uses";

    @Override
    public void check(RuleContext context) {
        for (FunctionDef function : context.model().triggerFunctions()) {
            String problem = function.isSecurityDefiner() ? problem(function) : null;
            if (problem == null) {
                continue;
            }
            EventTriggerDef trigger = context.model().triggersReaching(function).get(0);
            String runs = trigger.isLogin() ? "for every user who connects" : "for every matching DDL command";
            FindingBuilder finding = report(context, function, problem, runs);
            finding.related(trigger.file(), trigger.definition(), "event trigger " + trigger.name() + " on " + trigger.event());
        }
        for (FunctionDef function : context.model().triggerFunctionsOfEarlierVersions()) {
            String problem = function.isSecurityDefiner() ? problem(function) : null;
            if (problem != null) {
                report(context, function, problem, "whenever the event trigger the extension's earlier version "
                        + "created for it fires");
            }
        }
    }

    private static FindingBuilder report(RuleContext context, FunctionDef function, String problem, String runs) {
        return context.report(function.securityDefinerFile(), function.securityDefiner())
                .message("SECURITY DEFINER trigger function " + function.signature() + " " + problem
                        + "; it runs with its owner's rights " + runs)
                .help(HELP);
    }

    /**
     * {@code SET search_path = pg_catalog, pg_temp} right after the SECURITY DEFINER of a CREATE
     * FUNCTION that sets no search_path: a second SET of it would be an error. Safe only when the
     * body names nothing outside pg_catalog without a schema ({@link #namesOnlyCatalogObjects}):
     * else the new path hides what the body finds today, and the schemas it needs have to go
     * between the two, as the title says.
     */
    @Override
    public List<Fix> fixes(Finding finding, ScriptFile script, ProjectModel project) {
        SourceRange clause = finding.location().range();
        for (Statement statement : script.statements()) {
            if (statement instanceof Statement.CreateFunction function && clause.equals(function.securityDefiner())
                    && function.settings().stream().noneMatch(s -> s.name().name().equalsIgnoreCase("search_path"))) {
                boolean safe = project.definitions().stream().anyMatch(f -> f.definition() == function && namesOnlyCatalogObjects(f));
                return List.of(new Fix("Set search_path = pg_catalog, pg_temp (add the schemas the body needs between them)",
                        List.of(TextEdit.insert(script.source(), clause.endOffset(), " SET search_path = pg_catalog, pg_temp")),
                        safe ? Fix.Applicability.SAFE : Fix.Applicability.UNSAFE));
            }
        }
        return List.of();
    }

    /**
     * Whether every object {@code function}'s body names without a schema is pg_catalog's, so that
     * {@code pg_catalog, pg_temp} finds what the caller's search_path found: no unqualified relation
     * (a temporary one too: a body that creates its own would still find it, but that is not
     * told apart), type or function that is not built in, no name looked up from a string
     * (a reg* cast, nextval and the like), no EXECUTE of a text other than a constant string and no
     * statement evtlint does not read. A body evtlint cannot read (another language, or one that
     * does not parse) is not known to qualify.
     */
    private static boolean namesOnlyCatalogObjects(FunctionDef function) {
        if (function.bodyNodes().isEmpty()) {
            return false;
        }
        boolean onlyBuiltinTypes = TemporaryShadowing.allIn(function).stream()
                .allMatch(name -> !name.isRelation() && TypeNames.isBuiltin(name.name()));
        return onlyBuiltinTypes && function.bodyNodes().stream().noneMatch(SecurityDefinerWithoutSearchPath::looksUpByPath);
    }

    /** A node that finds an object through search_path in a way the AST does not spell out as a relation or type. */
    private static boolean looksUpByPath(Node body) {
        return AstVisitor.collect(body, Expr.FunctionCall.class).stream().anyMatch(call -> call.name().schema() == null
                        && (!BuiltinFunctionNames.isBuiltin(call.name()) || NAME_LOOKUPS.contains(call.name().name())
                        || call.name().name().startsWith("to_reg")))
                || AstVisitor.collect(body, Expr.Cast.class).stream().anyMatch(cast -> cast.type().name().startsWith("reg"))
                || AstVisitor.collect(body, PlStatement.Execute.class).stream().anyMatch(execute -> !(execute.command() instanceof Expr.Literal))
                || !AstVisitor.collect(body, Statement.Unparsed.class).isEmpty();
    }

    /** What is unsafe about the function's search_path, or null when it is safe. */
    static String problem(FunctionDef function) {
        ConfigSetting setting = function.setting("search_path");
        if (setting == null) {
            return "has no SET search_path";
        }
        if (setting.fromCurrent()) {
            // FROM CURRENT in a session whose path the scripts do not show: the outcome is not known.
            SearchPath current = pathTakenFromCurrent(function, setting);
            return current == null ? null : problem(current.schemas(), function);
        }
        SearchPathValues.QuotedList quotedList = SearchPathValues.quotedList(setting.values());
        if (quotedList != null) {
            return "sets search_path to the single schema '" + quotedList.text() + "' (the list is quoted as one name)";
        }
        List<String> schemas = new ArrayList<>();
        for (Expr value : setting.values()) {
            if (value instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING) {
                schemas.add(literal.value().trim());
            } else if (value instanceof Expr.ColumnRef column) {
                schemas.add(column.lastName());
            }
        }
        return problem(schemas, function);
    }

    /**
     * The path {@code SET search_path FROM CURRENT} captured, when the scripts set it before the
     * CREATE FUNCTION that says so; null when it is the session's own (or set by a later ALTER
     * FUNCTION). In an extension script that is the path CREATE EXTENSION sets, which ends with
     * pg_temp and lists no schema before pg_catalog, so it is safe, as silence about it says.
     */
    private static SearchPath pathTakenFromCurrent(FunctionDef function, ConfigSetting setting) {
        boolean inDefinition = function.definition().settings().contains(setting);
        return inDefinition && !function.definedUnder().equals(SearchPath.DEFAULT) ? function.definedUnder() : null;
    }

    private static String problem(List<String> schemas, FunctionDef function) {
        int catalog = schemas.indexOf("pg_catalog");
        if (catalog > 0) {
            return "searches " + schemas.get(0) + " before pg_catalog, so objects there can shadow built-ins";
        }
        if (schemas.isEmpty() || !schemas.get(schemas.size() - 1).equals("pg_temp")) {
            // pg_temp, searched first when not listed, holds relations and types only: a body that
            // names none without a schema has nothing a temporary object could take the place of.
            TemporaryShadowing.Name shadowable = TemporaryShadowing.firstIn(function);
            return shadowable == null ? null : "does not end its search_path with pg_temp, so temporary objects are "
                    + "searched first: a temporary table named " + shadowable.name() + " takes the place of the "
                    + shadowable.describe() + " the body names without a schema";
        }
        return null;
    }
}
