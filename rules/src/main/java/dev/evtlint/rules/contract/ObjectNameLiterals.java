package dev.evtlint.rules.contract;

import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.BuiltinFunctionNames;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.model.TypeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a constant object name cast to an object-lookup type ({@code 'int4'::regtype},
 * {@code 'now()'::regprocedure}, {@code 'audit.log'::regclass}) always resolves: it names a
 * built-in object, or one the analysed scripts create (their tables, views, sequences, types,
 * domains, functions, roles and schemas). Anything else may be missing where the trigger fires.
 */
final class ObjectNameLiterals {
    /** Schemas that exist in every database. */
    private static final Set<String> BUILTIN_SCHEMAS = Set.of("pg_catalog", "public", "information_schema", "pg_toast");

    /** Relations (tables, views, sequences), whose names are also those of their row types. */
    private final Set<String> relations = new HashSet<>();
    private final Set<String> types = new HashSet<>();
    /** How many functions the scripts define under each name. */
    private final Map<String, Integer> functions = new HashMap<>();
    private final Set<String> roles = new HashSet<>();
    private final Set<String> schemas = new HashSet<>(BUILTIN_SCHEMAS);

    ObjectNameLiterals(ProjectModel model) {
        for (ExecutedStatement executed : model.executedStatements()) {
            if (executed.statement() instanceof Statement.CreateTable table) {
                add(relations, table.name());
            } else if (executed.statement() instanceof Statement.CreateObject created) {
                switch (created.commandTag()) {
                    case "CREATE SCHEMA" -> schemas.add(created.name().name());
                    case "CREATE TYPE", "CREATE DOMAIN" -> add(types, created.name());
                    default -> add(relations, created.name());
                }
            } else if (executed.statement() instanceof Statement.RoleStatement role && role.role() != null
                    && role.commandTag().equals("CREATE ROLE")) {
                roles.add(role.role().name());
            }
        }
        for (FunctionDef function : model.functions()) {
            functions.merge(function.name(), 1, Integer::sum);
            if (function.schema() != null) {
                schemas.add(function.schema());
            }
        }
    }

    private void add(Set<String> names, QualifiedName name) {
        names.add(name.name());
        if (name.schema() != null) {
            schemas.add(name.schema());
        }
    }

    /** Whether {@code text} cast to the lookup type {@code type} names an object that always exists. */
    boolean alwaysResolves(String type, String text) {
        List<String> parts = nameParts(text);
        if (parts.isEmpty()) {
            return false;
        }
        String name = parts.get(parts.size() - 1);
        boolean builtinSchema = parts.size() == 2 && parts.get(0).equals("pg_catalog");
        return switch (type) {
            case "regclass" -> builtinSchema || parts.size() == 1 && name.startsWith("pg_")
                    || parts.size() == 2 && parts.get(0).equals("information_schema") || relations.contains(name);
            case "regtype" -> TypeNames.isBuiltin(text) || types.contains(name) || relations.contains(name);
            case "regproc", "regprocedure" -> resolvesFunction(name, parts.size() == 1 || builtinSchema);
            case "regnamespace" -> parts.size() == 1 && schemas.contains(name);
            case "regrole" -> parts.size() == 1 && (name.startsWith("pg_") || roles.contains(name));
            default -> builtinSchema;
        };
    }

    /**
     * A function named with its argument types ('now()', 'lower(text)'), built in or created by the
     * scripts; or named alone, which resolves only when a single function has the name: 'lower'
     * fails with "more than one function named", and built-in names are often overloaded.
     */
    private boolean resolvesFunction(String name, boolean mayBeBuiltin) {
        int arguments = name.indexOf('(');
        if (arguments < 0) {
            return functions.getOrDefault(name, 0) == 1;
        }
        String function = name.substring(0, arguments).strip();
        return mayBeBuiltin && BuiltinFunctionNames.isBuiltin(function) || functions.containsKey(function);
    }

    /**
     * The dot-separated parts of a name written in a string, folded to lower case unless quoted;
     * the argument list of {@code f(int)} stays with the last part.
     */
    private static List<String> nameParts(String text) {
        String written = text.strip();
        int arguments = written.indexOf('(');
        String path = arguments < 0 ? written : written.substring(0, arguments);
        String rest = arguments < 0 ? "" : written.substring(arguments);
        List<String> parts = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            String trimmed = part.strip();
            boolean quoted = trimmed.length() > 1 && trimmed.startsWith("\"") && trimmed.endsWith("\"");
            parts.add(quoted ? trimmed.substring(1, trimmed.length() - 1) : trimmed.toLowerCase(Locale.ROOT));
        }
        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + rest);
        return parts.size() > 2 || parts.contains("") ? List.of() : parts;
    }
}
