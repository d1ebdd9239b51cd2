package dev.evtlint.rules.contract;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.Database;
import dev.evtlint.model.EventTriggerCreation;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.SearchPath;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import dev.evtlint.script.ScriptFile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Breaks of the event trigger function contract that PostgreSQL rejects: the function a trigger
 * executes must be a function (not a procedure) without parameters returning event_trigger; such a
 * function cannot be LANGUAGE sql nor take parameters; and it can only be called as a trigger.
 */
@RuleMeta(id = "EVT404", name = "invalid-trigger-function",
        summary = "Event trigger function that PostgreSQL rejects or that is called directly", severity = Severity.ERROR,
        category = Category.CONTRACT, since = "0.1.0", tags = {"correctness"})
public final class InvalidTriggerFunction implements Rule {

    @Override
    public void check(RuleContext context) {
        // Every CREATE EVENT TRIGGER, also one in a function nobody in the project calls: the
        // function it names is judged as the scripts leave it, wherever the statement runs. The
        // functions by name, in order of definition: a scan of all functions per trigger made a
        // project of N scripts, each a function and its trigger, N squared.
        Map<String, List<FunctionDef>> byName = context.model().functions().stream()
                .collect(Collectors.groupingBy(FunctionDef::name));
        for (EventTriggerCreation creation : context.model().eventTriggerCreations()) {
            checkReference(context, creation.file(), creation.statement(), byName);
        }
        // The definitions as the scripts leave them, as the references above resolve to them.
        for (FunctionDef function : context.model().functions()) {
            if (function.returnsEventTrigger()) {
                checkDefinition(context, function);
            }
        }
        // A call can resolve to an event trigger function only if one has its name: the others need
        // no lookup, which on large projects is most of this rule's time.
        Set<String> triggerFunctionNames = context.model().functions().stream()
                .filter(FunctionDef::returnsEventTrigger).map(FunctionDef::name).collect(Collectors.toSet());
        if (!triggerFunctionNames.isEmpty()) {
            for (ExecutedStatement executed : context.model().executedStatements()) {
                if (executed.function() == null && executed.sites().isEmpty()) {
                    checkCalls(context, executed, triggerFunctionNames);
                }
            }
        }
    }

    private static void checkReference(RuleContext context, ScriptFile file, Statement.CreateEventTrigger create,
                                       Map<String, List<FunctionDef>> byName) {
        QualifiedName reference = create.function();
        // The functions of the databases the statement runs in; of any, for one that no script runs.
        List<Database> databases = context.model().databasesRunning(create);
        List<FunctionDef> candidates = byName.getOrDefault(reference.name(), List.of()).stream()
                .filter(f -> databases.isEmpty() || databases.contains(context.model().databaseOf(f)))
                .filter(f -> reference.schema() == null || f.schema() == null || reference.schema().equals(f.schema()))
                .toList();
        if (reference.schema() == null) {
            candidates = onSearchPath(context, create, candidates);
        }
        if (candidates.isEmpty()) {
            return;
        }
        FunctionDef callable = candidates.stream()
                .filter(f -> !f.definition().procedure() && f.inputCount() == 0).findFirst().orElse(null);
        String problem = callable != null ? problem(callable, reference) : missing(candidates.get(0), reference);
        if (problem == null) {
            return;
        }
        FunctionDef shown = callable != null ? callable : candidates.get(0);
        context.report(file.source(), reference)
                .message("event trigger " + create.name().name() + " executes " + reference + "(), " + problem)
                .help("execute a function declared RETURNS event_trigger, without parameters, in PL/pgSQL or "
                        + "another procedural language")
                .related(shown.file(), shown.definition(), shown.definition().commandTag() + " " + shown.signature());
    }

    /**
     * The candidates an unqualified reference can find: those in a schema that the search_path in
     * effect where the statement runs searches (a same-named function in another schema is not the
     * one PostgreSQL looks up). All of them when no script runs the statement.
     */
    private static List<FunctionDef> onSearchPath(RuleContext context, Statement.CreateEventTrigger create,
                                                  List<FunctionDef> candidates) {
        List<SearchPath> paths = context.model().executedStatements().stream()
                .filter(executed -> executed.statement() == create)
                .map(executed -> context.model().searchPathAt(executed)).toList();
        if (paths.isEmpty()) {
            return candidates;
        }
        return candidates.stream()
                .filter(f -> paths.stream().anyMatch(path -> path.searches(f.schema())))
                .toList();
    }

    /** What is wrong with the zero-argument function a trigger executes, or null; PostgreSQL names it as written. */
    private static String problem(FunctionDef function, QualifiedName reference) {
        if (!function.returnsEventTrigger()) {
            String returns = function.definition().returnType() == null ? "nothing" : function.definition().returnType().name();
            return "which returns " + returns + ": PostgreSQL refuses with function " + reference
                    + " must return type event_trigger";
        }
        if (isSql(function)) {
            return "which is LANGUAGE sql: its CREATE FUNCTION fails with SQL functions cannot return type "
                    + "event_trigger, " + noFunction(reference);
        }
        if (!function.definition().parameters().isEmpty()) {
            return "which declares OUT parameters: its CREATE FUNCTION fails, " + noFunction(reference);
        }
        return null;
    }

    /** The error of CREATE EVENT TRIGGER once the function's own CREATE FUNCTION was refused. */
    private static String noFunction(QualifiedName reference) {
        return "so this statement then fails with function " + reference + "() does not exist";
    }

    /** Why the lookup, which wants a function with no arguments, finds none among the candidates. */
    private static String missing(FunctionDef candidate, QualifiedName reference) {
        String what = candidate.definition().procedure() ? "a procedure, which the lookup skips"
                : "defined only with parameters, and the lookup is for a function without arguments";
        return "but " + reference + " is " + what + ": PostgreSQL refuses with function " + reference + "() does not exist";
    }

    private static void checkDefinition(RuleContext context, FunctionDef function) {
        Statement.CreateFunction definition = function.definition();
        if (isSql(function)) {
            context.report(function.file(), definition)
                    .message("event trigger function " + function.signature() + " is LANGUAGE sql: PostgreSQL "
                            + "refuses it with SQL functions cannot return type event_trigger")
                    .help("write it in PL/pgSQL: LANGUAGE plpgsql AS $$ BEGIN ... END $$");
        }
        if (!definition.parameters().isEmpty()) {
            context.report(function.file(), definition.parameters().get(0))
                    .message("event trigger function " + definition.name() + " declares parameters: PostgreSQL "
                            + "refuses it with event trigger functions cannot have declared arguments")
                    .help("remove the parameters; read what the trigger needs from TG_EVENT, TG_TAG and the "
                            + "pg_event_trigger_* functions");
        }
    }

    /** The calls in a statement at a script's top level, resolved among the functions of the database it runs in. */
    private static void checkCalls(RuleContext context, ExecutedStatement executed, Set<String> triggerFunctionNames) {
        ScriptFile file = executed.file();
        for (Expr.FunctionCall call : AstVisitor.collect(executed.statement(), Expr.FunctionCall.class)) {
            if (!triggerFunctionNames.contains(call.name().name())) {
                continue;
            }
            context.model().resolve(call.name(), call.arguments().size(), executed.database())
                    .filter(FunctionDef::returnsEventTrigger)
                    .ifPresent(function -> context.report(file.source(), call)
                            .message("event trigger function " + function.signature() + " is called directly: "
                                    + "PostgreSQL fails with trigger functions can only be called as triggers")
                            .help("move the shared work into an ordinary function that both the trigger function and "
                                    + "this code call")
                            .related(function.file(), function.definition(), "CREATE FUNCTION " + function.signature()));
        }
    }

    private static boolean isSql(FunctionDef function) {
        return function.definition().body() instanceof Part.SqlStandardBody
                || "sql".equalsIgnoreCase(function.definition().language());
    }
}
