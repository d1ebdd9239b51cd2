package dev.evtlint.suppress;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Location;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.RuleRegistry;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Applies the suppression comments of a project to its findings, after all rules ran: only then
 * is it known which comments suppressed something. It also reports the comments themselves:
 * EVT002 for a malformed one, EVT001 for one that suppressed nothing. Their rule classes carry
 * the metadata and documentation; the findings are made here, since no rule sees the others' findings.
 */
public final class Suppressions {
    static final String UNUSED_ID = "EVT001";
    static final String INVALID_ID = "EVT002";

    /** The findings still reported, and those a comment silenced. */
    public record Outcome(List<Finding> reported, List<SuppressedFinding> suppressed) {
    }

    private final RuleRegistry registry;
    private final BiPredicate<SourceFile, String> ranOn;

    /**
     * @param ranOn whether a rule (by ID) ran on a file: a comment is never called unused for a
     *              rule that did not run there, and EVT001 and EVT002 are reported only where they run
     */
    public Suppressions(RuleRegistry registry, BiPredicate<SourceFile, String> ranOn) {
        this.registry = registry;
        this.ranOn = ranOn;
    }

    public Outcome apply(List<ScriptFile> scripts, List<Finding> findings) {
        SuppressionScanner scanner = new SuppressionScanner(registry::find);
        scripts.forEach(scanner::scan);
        List<SuppressionComment> comments = scanner.comments();
        Set<SuppressionUse> used = new HashSet<>();
        List<Finding> reported = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (Finding finding : findings) {
            sort(finding, comments, used, reported, suppressed);
        }
        // Findings about the comments can themselves be suppressed, by a file-level comment.
        for (Finding finding : commentFindings(scanner, used)) {
            sort(finding, comments, used, reported, suppressed);
        }
        return new Outcome(reported, suppressed);
    }

    /** A comment that suppressed at least one finding of a rule. */
    private record SuppressionUse(SuppressionComment comment, String ruleId) {
    }

    private static void sort(Finding finding, List<SuppressionComment> comments, Set<SuppressionUse> used,
                             List<Finding> reported, List<SuppressedFinding> suppressed) {
        List<SuppressionComment> covering = comments.stream().filter(c -> c.covers(finding)).toList();
        if (covering.isEmpty()) {
            reported.add(finding);
            return;
        }
        covering.forEach(c -> used.add(new SuppressionUse(c, finding.rule().id())));
        suppressed.add(new SuppressedFinding(finding, covering.get(0).reason()));
    }

    private List<Finding> commentFindings(SuppressionScanner scanner, Set<SuppressionUse> used) {
        List<Finding> findings = new ArrayList<>();
        Optional<RuleDescriptor> invalidRule = registry.find(INVALID_ID);
        if (invalidRule.isPresent()) {
            for (InvalidSuppression invalid : scanner.invalid()) {
                if (!ranOn.test(invalid.file(), INVALID_ID)) {
                    continue;
                }
                findings.add(new Finding(invalidRule.get(), invalidRule.get().severity(),
                        new Location(invalid.file(), invalid.range()), invalid.problem(),
                        "fix the comment, or remove it; a malformed comment suppresses nothing", List.of()));
            }
        }
        Optional<RuleDescriptor> unusedRule = registry.find(UNUSED_ID);
        if (unusedRule.isPresent()) {
            for (SuppressionComment comment : scanner.comments()) {
                if (!ranOn.test(comment.file(), UNUSED_ID)) {
                    continue;
                }
                List<String> unused = comment.rules().stream()
                        .map(RuleDescriptor::id)
                        .filter(id -> ranOn.test(comment.file(), id) && !id.equals(UNUSED_ID) && !id.equals(INVALID_ID))
                        .filter(id -> !used.contains(new SuppressionUse(comment, id)))
                        .toList();
                if (!unused.isEmpty()) {
                    findings.add(new Finding(unusedRule.get(), unusedRule.get().severity(),
                            new Location(comment.file(), comment.range()), unusedMessage(comment, unused),
                            "remove the comment, or the rules it names that no longer fire", List.of()));
                }
            }
        }
        return findings;
    }

    private static String unusedMessage(SuppressionComment comment, List<String> unused) {
        String where = comment.wholeFile() ? "in this file"
                : comment.target() == null ? "after it: no statement follows the comment" : "in the statement that follows";
        return "suppression of " + String.join(", ", unused) + " is unused: no " + String.join(" or ", unused)
                + " finding " + where;
    }
}
