package dev.evtlint.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the rule catalog requires of a rule's {@link RuleMeta} and of its documentation. The one
 * answer to "is this rule well-formed?": the annotation processor asks it when a rule compiles, the
 * registry when it loads, so a malformed rule never reaches a user.
 */
public final class RuleMetadata {
    /** The headings every rule's documentation has (a rule page is made of them, docs/rules/). */
    public static final List<String> DOC_SECTIONS = List.of("## What it does", "## Why is this bad?", "## Example",
            "## Use instead", "## Options", "## References");

    private static final Pattern ID = Pattern.compile("EVT\\d{3}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** SARIF's and GitHub's precision levels. */
    private static final Set<String> PRECISIONS = Set.of("very-high", "high", "medium", "low");
    private static final BigDecimal MAX_SECURITY_SEVERITY = BigDecimal.TEN;

    private RuleMetadata() {
    }

    /** What is wrong with a rule's annotation; empty when nothing is. */
    public static List<String> problems(RuleMeta meta) {
        List<String> problems = new ArrayList<>();
        if (!ID.matcher(meta.id()).matches()) {
            problems.add("ID '" + meta.id() + "' is not EVT and three digits");
        } else if (meta.id().charAt(3) != meta.category().idDigit()) {
            problems.add("ID " + meta.id() + " does not start with " + meta.category().idDigit()
                    + ", the digit of its category " + meta.category());
        }
        if (!NAME.matcher(meta.name()).matches()) {
            problems.add("name '" + meta.name() + "' is not kebab-case");
        }
        if (meta.summary().isBlank()) {
            problems.add("summary is empty");
        }
        if (!PRECISIONS.contains(meta.precision())) {
            problems.add("precision '" + meta.precision() + "' is none of " + new TreeSet<>(PRECISIONS));
        }
        securitySeverityProblem(meta).ifPresent(problems::add);
        return problems;
    }

    /** What is wrong with a rule's documentation: its title and the headings of {@link #DOC_SECTIONS}. */
    public static List<String> documentationProblems(RuleMeta meta, String documentation) {
        List<String> problems = new ArrayList<>();
        String title = "# " + meta.id() + " " + meta.name();
        if (!documentation.split("\n", 2)[0].stripTrailing().equals(title)) {
            problems.add("documentation's first line is not '" + title + "'");
        }
        for (String section : DOC_SECTIONS) {
            if (!documentation.contains("\n" + section + "\n")) {
                problems.add("documentation lacks the heading '" + section + "'");
            }
        }
        return problems;
    }

    /** The IDs and the names that more than one of {@code rules} claim, with how many claim it. */
    public static List<String> duplicates(Collection<RuleMeta> rules) {
        List<String> problems = new ArrayList<>();
        problems.addAll(duplicatesOf(rules, RuleMeta::id, "ID"));
        problems.addAll(duplicatesOf(rules, RuleMeta::name, "name"));
        return problems;
    }

    private static List<String> duplicatesOf(Collection<RuleMeta> rules, Function<RuleMeta, String> key, String what) {
        Map<String, Integer> counts = new TreeMap<>();
        rules.forEach(rule -> counts.merge(key.apply(rule), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getValue() + " rules share the " + what + " " + e.getKey()).toList();
    }

    /** GitHub reads security-severity only on security rules, as a number from 0.0 to 10.0. */
    private static Optional<String> securitySeverityProblem(RuleMeta meta) {
        String value = meta.securitySeverity();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (meta.category() != Category.SECURITY) {
            return Optional.of("security-severity " + value + " on a rule outside the category SECURITY");
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.signum() >= 0 && number.compareTo(MAX_SECURITY_SEVERITY) <= 0) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        return Optional.of("security-severity '" + value + "' is not a number from 0.0 to 10.0");
    }
}
