package dev.evtlint.model;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds functions by name the way PostgreSQL does (namespace.c FuncnameGetCandidates,
 * parse_func.c func_get_detail), among the functions given, indexed by name.
 */
final class Overloads {
    private final Map<String, List<FunctionDef>> byName = new HashMap<>();

    /** {@code functions} in order of definition; a later change to the list is not seen. */
    Overloads(List<FunctionDef> functions) {
        functions.forEach(this::add);
    }

    /** Adds a function defined after all the others. */
    void add(FunctionDef function) {
        byName.computeIfAbsent(function.name(), name -> new ArrayList<>()).add(function);
    }

    /** Puts {@code now} in the place of {@code old}, a function of the same name. */
    void replace(FunctionDef old, FunctionDef now) {
        List<FunctionDef> named = byName.get(old.name());
        for (int i = 0; i < named.size(); i++) {
            if (named.get(i).identity() == old.identity()) {
                named.set(i, now);
                return;
            }
        }
    }

    /**
     * A routine named with its exact input types, as DROP, ALTER and CREATE EVENT TRIGGER name one:
     * the first match along the path. {@code argumentTypes} null means no argument list was given,
     * which PostgreSQL accepts only when the name is unique.
     */
    Resolution reference(QualifiedName name, List<String> argumentTypes, SearchPath path) {
        List<FunctionDef> visible = visible(name, path);
        if (argumentTypes == null) {
            return new Resolution(visible);
        }
        List<FunctionDef> exact = visible.stream().filter(f -> f.argumentTypes().equals(argumentTypes)).toList();
        return exact.isEmpty() ? Resolution.NONE : new Resolution(List.of(exact.get(0)));
    }

    /**
     * A call: the candidates that accept that many arguments (defaults and VARIADIC counted) of the
     * types evtlint can see ({@code variables}: the caller's declared types), with PostgreSQL's
     * implicit casts, procedures for CALL and functions otherwise; among several, the one
     * {@link CandidateSelection} picks. More than one left is ambiguous. Arguments that are not
     * {@code positional} (by name, or with VARIADIC) are matched by their count alone.
     */
    Resolution call(QualifiedName name, List<Expr> arguments, boolean positional, Map<String, String> variables,
                    boolean procedure, SearchPath path) {
        String[] types = argumentTypes(arguments, positional, variables);
        List<FunctionDef> fitting = visible(name, path).stream().filter(candidate -> takes(candidate, types, procedure)).toList();
        return new Resolution(CandidateSelection.select(fitting, types));
    }

    /**
     * The functions that would take an unqualified call but for {@code path}: of that name, in a
     * schema the path does not search, and taking the arguments as {@link #call} judges them.
     * Empty for a qualified name, which names its schema itself; without the temporary schema, which
     * no path searches for functions.
     */
    List<FunctionDef> offPath(QualifiedName name, List<Expr> arguments, boolean positional, Map<String, String> variables,
                              boolean procedure, SearchPath path) {
        if (name.schema() != null) {
            return List.of();
        }
        String[] types = argumentTypes(arguments, positional, variables);
        return byName.getOrDefault(name.name(), List.of()).stream()
                .filter(function -> function.schema() != null && !path.searches(function.schema())
                        && !SearchPath.isTemporary(function.schema()))
                .filter(function -> takes(function, types, procedure)).toList();
    }

    /** The types evtlint sees of the arguments, null where it sees none. */
    private static String[] argumentTypes(List<Expr> arguments, boolean positional, Map<String, String> variables) {
        // arguments by name or with VARIADIC do not line up with the parameters: only their count is compared
        return arguments.stream().map(argument -> positional ? ArgumentTypes.of(argument, variables) : null)
                .toArray(String[]::new);
    }

    private static boolean takes(FunctionDef candidate, String[] types, boolean procedure) {
        return candidate.definition().procedure() == procedure && accepts(candidate, types.length) && typesFit(candidate, types);
    }

    /** A call known only by its argument count. */
    Resolution call(QualifiedName name, int argumentCount, SearchPath path) {
        return new Resolution(visible(name, path).stream().filter(f -> accepts(f, argumentCount)).toList());
    }

    /**
     * The functions of that name the path finds, first-found first; one that has the same input
     * types as a function earlier on the path is hidden by it. A qualified name finds its schema's
     * functions, and those in the default schema, which may be that schema.
     */
    private List<FunctionDef> visible(QualifiedName name, SearchPath path) {
        List<FunctionDef> named = new ArrayList<>();
        for (FunctionDef function : byName.getOrDefault(name.name(), List.of())) {
            boolean inScope = name.schema() != null
                    ? function.schema() == null || function.schema().equals(name.schema())
                    : path.rank(function.schema()) >= 0;
            if (inScope) {
                named.add(function);
            }
        }
        named.sort((a, b) -> Integer.compare(path.rank(a.schema()), path.rank(b.schema())));
        List<FunctionDef> visible = new ArrayList<>();
        for (FunctionDef function : named) {
            if (visible.stream().noneMatch(f -> f.argumentTypes().equals(function.argumentTypes()))) {
                visible.add(function);
            }
        }
        return visible;
    }

    private static boolean accepts(FunctionDef function, int count) {
        if (function.isVariadic()) {
            return count >= Math.min(function.requiredInputs(), function.inputCount() - 1);
        }
        return count >= function.requiredInputs() && count <= function.inputCount();
    }

    private static boolean typesFit(FunctionDef function, String[] types) {
        for (int i = 0; i < types.length; i++) {
            if (!ArgumentTypes.fits(types[i], CandidateSelection.parameterType(function, i))) {
                return false;
            }
        }
        return true;
    }
}
