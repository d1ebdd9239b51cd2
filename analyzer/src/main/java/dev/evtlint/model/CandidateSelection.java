package dev.evtlint.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * Chooses among the overloads whose parameters a call's arguments fit, in the steps of parse_func.c's
 * func_select_candidate: the most exact type matches; then the most arguments that go to the preferred
 * type of their category; then string literals (type unknown) sent to the category every candidate
 * agrees on, the string category when some candidate takes a string there, and its preferred type;
 * last, when the other arguments all have one type, that type for the literals too. An argument
 * whose type evtlint does not know (null) counts in no step, and ends the last one: PostgreSQL might
 * choose by it.
 */
final class CandidateSelection {
    private final String[] argumentTypes;

    private CandidateSelection(String[] argumentTypes) {
        this.argumentTypes = argumentTypes;
    }

    /**
     * The candidate PostgreSQL calls, as a list of one; several when they stay equally good (the call
     * is ambiguous to PostgreSQL or to evtlint).
     */
    static List<FunctionDef> select(List<FunctionDef> fitting, String[] argumentTypes) {
        return new CandidateSelection(argumentTypes).select(fitting);
    }

    private List<FunctionDef> select(List<FunctionDef> fitting) {
        List<FunctionDef> candidates = fitting;
        if (candidates.size() > 1) {
            candidates = keepBest(candidates, this::exactMatches);
        }
        if (candidates.size() > 1) {
            candidates = keepBest(candidates, this::exactOrPreferredMatches);
        }
        if (candidates.size() > 1) {
            candidates = withUnknownsResolved(candidates);
        }
        if (candidates.size() > 1) {
            List<FunctionDef> forKnownType = forTheOneKnownType(candidates);
            return forKnownType.size() == 1 ? forKnownType : candidates;
        }
        return candidates;
    }

    private static List<FunctionDef> keepBest(List<FunctionDef> candidates, ToIntFunction<FunctionDef> score) {
        int best = candidates.stream().mapToInt(score).max().orElse(0);
        return candidates.stream().filter(candidate -> score.applyAsInt(candidate) == best).toList();
    }

    private int exactMatches(FunctionDef candidate) {
        return (int) knownPositions().filter(i -> argumentTypes[i].equals(parameterType(candidate, i))).count();
    }

    /** Positions where the parameter is the argument's type, or the preferred type of the argument's category. */
    private int exactOrPreferredMatches(FunctionDef candidate) {
        return (int) knownPositions().filter(i -> {
            String parameter = parameterType(candidate, i);
            return argumentTypes[i].equals(parameter) || parameter != null && BuiltinTypes.isPreferred(parameter)
                    && Objects.equals(BuiltinTypes.category(parameter), BuiltinTypes.category(argumentTypes[i]));
        }).count();
    }

    /** The positions whose argument has a type, string literals and arguments of a type evtlint does not know left out. */
    private IntStream knownPositions() {
        return IntStream.range(0, argumentTypes.length)
                .filter(i -> argumentTypes[i] != null && !argumentTypes[i].equals(ArgumentTypes.UNKNOWN));
    }

    /**
     * The candidates that take each string literal in the category chosen for it (and in its preferred
     * type, when some candidate takes that); all of them when some position has no such category.
     */
    private List<FunctionDef> withUnknownsResolved(List<FunctionDef> candidates) {
        int[] literals = IntStream.range(0, argumentTypes.length)
                .filter(i -> ArgumentTypes.UNKNOWN.equals(argumentTypes[i])).toArray();
        if (literals.length == 0) {
            return candidates;
        }
        Character[] categories = new Character[argumentTypes.length];
        boolean[] preferred = new boolean[argumentTypes.length];
        for (int i : literals) {
            List<Character> offered = new ArrayList<>();
            for (FunctionDef candidate : candidates) {
                String parameter = parameterType(candidate, i);
                Character category = parameter == null ? null : BuiltinTypes.category(parameter);
                if (category == null) {
                    // a type evtlint does not know: its category could be any
                    return candidates;
                }
                offered.add(category);
            }
            categories[i] = offered.contains('S') ? Character.valueOf('S') : offered.get(0);
            if (offered.stream().anyMatch(category -> !category.equals(categories[i]))
                    && !categories[i].equals('S')) {
                return candidates;
            }
            preferred[i] = candidates.stream().anyMatch(candidate -> BuiltinTypes.isPreferred(parameterType(candidate, i))
                    && categories[i].equals(BuiltinTypes.category(parameterType(candidate, i))));
        }
        return candidates.stream().filter(candidate -> Arrays.stream(literals).allMatch(i -> {
            String parameter = parameterType(candidate, i);
            return categories[i].equals(BuiltinTypes.category(parameter)) && (!preferred[i] || BuiltinTypes.isPreferred(parameter));
        })).toList();
    }

    /**
     * When the arguments that are not string literals all have one type, the candidates that take
     * that type at every position (func_select_candidate's last heuristic).
     */
    private List<FunctionDef> forTheOneKnownType(List<FunctionDef> candidates) {
        if (Arrays.stream(argumentTypes).anyMatch(Objects::isNull)) {
            return candidates;
        }
        List<String> known = knownPositions().mapToObj(i -> argumentTypes[i]).distinct().toList();
        if (known.size() != 1) {
            return candidates;
        }
        return candidates.stream().filter(candidate -> IntStream.range(0, argumentTypes.length)
                .allMatch(i -> ArgumentTypes.fits(known.get(0), parameterType(candidate, i)))).toList();
    }

    /** The type a value at {@code index} is passed as: past the last input of a VARIADIC function, the array's element type. */
    static String parameterType(FunctionDef function, int index) {
        List<String> inputs = function.argumentTypes();
        if (index < inputs.size() - 1 || !function.isVariadic()) {
            return index < inputs.size() ? inputs.get(index) : null;
        }
        String last = inputs.get(inputs.size() - 1);
        return last.endsWith("[]") ? last.substring(0, last.length() - 2) : last;
    }
}
