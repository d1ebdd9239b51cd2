package dev.evtlint.rules.contract;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.BuiltinFunctionNames;
import dev.evtlint.model.Database;
import dev.evtlint.model.EventTriggerCreation;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.OwnBody;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.model.SearchPath;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.FindingBuilder;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A trigger that executes, or a trigger function that calls, a function that evtlint cannot see:
 * neither defined in the analysed files nor a PostgreSQL built-in, or a call the model resolves to
 * none of the project's functions (no overload takes its arguments, or several fit equally well).
 * What runs there is unknown, so every rule's analysis of that path is incomplete. Each such name
 * is reported once, where it is first met.
 */
@RuleMeta(id = "EVT406", name = "unresolved-trigger-function",
        summary = "Trigger function evtlint cannot see", severity = Severity.WARNING,
        category = Category.CONTRACT, since = "0.1.0", tags = {"completeness"})
public final class UnresolvedTriggerFunction implements Rule {
    private static final String NOT_DEFINED = "is neither defined in the analysed files nor a PostgreSQL built-in: "
            + "evtlint cannot see what it does";
    /** The name a CREATE FUNCTION or PROCEDURE statement defines, read from its text when it does not parse. */
    private static final Pattern UNPARSED_DEFINITION = Pattern.compile(
            "\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:FUNCTION|PROCEDURE)\\s+(?:(\"[^\"]+\"|[\\w$]+)\\s*\\.\\s*)?(\"[^\"]+\"|[\\w$]+)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void check(RuleContext context) {
        // Per database, the schemas each function name is defined in (null: unqualified), looked up per trigger and call.
        Map<Database, Map<String, Set<String>>> definedIn = new HashMap<>();
        Map<String, Set<String>> definedAnywhere = new HashMap<>();
        for (ExecutedStatement executed : context.model().executedStatements()) {
            if (executed.statement() instanceof Statement.CreateFunction create) {
                definedIn.computeIfAbsent(executed.database(), database -> new HashMap<>())
                        .computeIfAbsent(create.name().name(), name -> new HashSet<>()).add(create.name().schema());
                definedAnywhere.computeIfAbsent(create.name().name(), name -> new HashSet<>()).add(create.name().schema());
            }
        }
        Map<String, ExecutedStatement> unparsed = unparsedDefinitions(context);
        Set<String> reported = new HashSet<>();
        for (EventTriggerCreation creation : context.model().eventTriggerCreations()) {
            Statement.CreateEventTrigger create = creation.statement();
            List<Database> running = context.model().databasesRunning(create);
            Database missingIn = running.stream()
                    .filter(database -> !isDefined(definedIn.getOrDefault(database, Map.of()), create.function()))
                    .findFirst().orElse(null);
            // Where no script runs the statement (an installer nobody calls), a definition in any database may be the one.
            boolean defined = running.isEmpty() ? isDefined(definedAnywhere, create.function()) : missingIn == null;
            if (!defined && isUnseen(context, create.function()) && reported.add(key(create.function()))) {
                String what = "event trigger " + create.name().name() + " executes " + create.function() + "(), which ";
                ExecutedStatement broken = unparsedDefinition(unparsed, create.function());
                if (missingIn != null && isDefined(definedAnywhere, create.function())) {
                    report(context, creation.file().source(), create.function(), what + onlyElsewhere(missingIn));
                } else if (broken == null) {
                    report(context, creation.file().source(), create.function(), what + NOT_DEFINED);
                } else {
                    context.report(creation.file().source(), create.function())
                            .message(what + notParsed(broken) + ", and its analysis of this path is incomplete")
                            .help("fix the syntax error of that statement (EVT000 reports it)");
                }
            }
        }
        for (FunctionDef function : context.model().readableTriggerFunctions()) {
            Map<Expr.FunctionCall, ProjectModel.UnresolvedCall> unresolved = new IdentityHashMap<>();
            context.model().unresolvedCalls(function).forEach(call -> unresolved.put(call.call(), call));
            for (Expr.FunctionCall call : OwnBody.calls(function)) {
                ProjectModel.UnresolvedCall unclear = unresolved.get(call);
                if (unclear == null || BuiltinFunctionNames.isBuiltin(call.name()) || context.isKnownExternalFunction(call.name())
                        || !reported.add(key(call.name()))) {
                    continue;
                }
                EventTriggerDef trigger = context.model().triggersReaching(function).get(0);
                Database database = context.model().databaseOf(function);
                boolean here = isDefined(definedIn.getOrDefault(database, Map.of()), call.name());
                Database elsewhere = !here && isDefined(definedAnywhere, call.name()) ? database : null;
                report(context, function.file(), call.name(), unclear, here, elsewhere,
                        function.bodySearchPath(), "trigger function " + function.signature() + " calls " + call.name() + "()")
                        .related(trigger.file(), trigger.definition(), "event trigger " + trigger.name() + " on " + trigger.event());
            }
        }
    }

    /**
     * Says why no function answers the call: several fit it equally well, those that take its
     * arguments are in schemas off the caller's {@code searchPath}, none of the functions of that
     * name takes its arguments, functions of that name are defined only in other databases than
     * {@code definedElsewhereThan} (null when none is), or the name is neither defined in the
     * analysed files nor a built-in.
     */
    private static FindingBuilder report(RuleContext context, SourceFile file, QualifiedName name,
                                         ProjectModel.UnresolvedCall call, boolean nameDefined, Database definedElsewhereThan,
                                         SearchPath searchPath,
                                         String what) {
        if (call.isAmbiguous()) {
            return context.report(file, name)
                    .message(what + ", which " + call.candidates().stream().map(FunctionDef::signatureWithTypes)
                            .collect(Collectors.joining(", ")) + " fit equally well: evtlint cannot tell which one runs "
                            + "(PostgreSQL may refuse the call as not unique), and its analysis of this path is incomplete")
                    .help("cast the arguments to the parameter types of the function meant, so that exactly one fits");
        }
        if (!call.offPath().isEmpty()) {
            String schemas = call.offPath().stream().map(FunctionDef::schema).distinct().collect(Collectors.joining(", "));
            FunctionDef first = call.offPath().get(0);
            return context.report(file, name)
                    .message(what + ", which the analysed files define only in schema " + schemas + ", not on the "
                            + "search_path at that point (" + searchPath + "): evtlint cannot tell what runs there, and its "
                            + "analysis of this path is incomplete")
                    .help("call it as " + first.schema() + "." + name + "(), or put " + first.schema()
                            + " on the function's search_path (SET search_path = ...)");
        }
        if (nameDefined) {
            return context.report(file, name)
                    .message(what + ", but none of the functions of that name the analysed files leave behind takes "
                            + "these arguments, even with PostgreSQL's implicit casts: evtlint cannot tell what runs, "
                            + "and its analysis of this path is incomplete")
                    .help("compare the arguments with the parameters of " + name + ", or analyse the script that defines "
                            + "the function called along with these");
        }
        if (definedElsewhereThan != null) {
            return report(context, file, name, what + ", which " + onlyElsewhere(definedElsewhereThan));
        }
        return report(context, file, name, what + ", which " + NOT_DEFINED);
    }

    /** Why a name defined in the analysed files is unseen: psql's {@code \connect} put its definitions in other databases. */
    private static String onlyElsewhere(Database database) {
        return "the analysed files define only in other databases than " + database + " (psql \\connect): evtlint cannot see "
                + "what it does there";
    }

    /** A function that is no built-in, and that the configuration does not list as existing elsewhere. */
    private static boolean isUnseen(RuleContext context, QualifiedName name) {
        return !BuiltinFunctionNames.isBuiltin(name) && !context.isKnownExternalFunction(name);
    }

    /** Whether a script defines a function of that name (in that schema, when both name one) at some point. */
    private static boolean isDefined(Map<String, Set<String>> defined, QualifiedName name) {
        Set<String> schemas = defined.get(name.name());
        return schemas != null && (name.schema() == null || schemas.contains(null) || schemas.contains(name.schema()));
    }

    /**
     * The CREATE FUNCTION and CREATE PROCEDURE statements that do not parse (EVT000), by the name they
     * define ("schema.name" and "name"): the function a trigger names may stand there.
     */
    private static Map<String, ExecutedStatement> unparsedDefinitions(RuleContext context) {
        Map<String, ExecutedStatement> found = new HashMap<>();
        for (ExecutedStatement executed : context.model().executedStatements()) {
            if (executed.statement() instanceof Statement.Unparsed statement && statement.syntaxError()) {
                Matcher definition = UNPARSED_DEFINITION.matcher(executed.file().source().text(statement.range()));
                if (definition.lookingAt()) {
                    String name = identifier(definition.group(2));
                    found.putIfAbsent(name, executed);
                    if (definition.group(1) != null) {
                        found.putIfAbsent(identifier(definition.group(1)) + "." + name, executed);
                    }
                }
            }
        }
        return found;
    }

    private static ExecutedStatement unparsedDefinition(Map<String, ExecutedStatement> unparsed, QualifiedName name) {
        return unparsed.get(name.schema() == null ? name.name() : name.schema() + "." + name.name());
    }

    /** As PostgreSQL reads a name: quoted as written, unquoted folded to lower case. */
    private static String identifier(String text) {
        return text.startsWith("\"") ? text.substring(1, text.length() - 1) : text.toLowerCase(Locale.ROOT);
    }

    private static String notParsed(ExecutedStatement definition) {
        return "is defined in " + definition.file().source().displayPath() + " at line " + definition.statement().range().startLine()
                + " by a statement that does not parse: evtlint cannot see what it does";
    }

    private static String key(QualifiedName name) {
        return name.toString().toLowerCase(Locale.ROOT);
    }

    private static FindingBuilder report(RuleContext context, SourceFile file, QualifiedName name, String what) {
        return context.report(file, name)
                .message(what + ", and its analysis of this path is incomplete")
                .help("analyse the script that defines " + name + " along with these, or check the name");
    }
}
