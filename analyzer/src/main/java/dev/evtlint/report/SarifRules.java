package dev.evtlint.report;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.Severity;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/** A rule as a SARIF {@code reportingDescriptor}, with the properties GitHub code scanning reads. */
final class SarifRules {
    /** GitHub's limit for {@code fullDescription.text}. */
    static final int MAX_DESCRIPTION = 1024;
    /** GitHub keeps 10 tags per rule (reference/sarif-github.md section 8). */
    static final int MAX_TAGS = 10;
    /** The tag that makes GitHub honour {@code security-severity}. */
    static final String SECURITY_TAG = "security";

    private SarifRules() {
    }

    static ReportingDescriptor describe(RuleDescriptor rule) {
        // GitHub requires non-empty help text; a rule always has its summary.
        String help = rule.documentation().isBlank() ? rule.summary() : rule.documentation().stripTrailing();
        // SARIF requires an absolute helpUri (the Multitool's SARIF1005): the page at the project's home.
        String page = ToolInfo.repositoryFile(rule.page());
        return new ReportingDescriptor()
                .withId(rule.id())
                .withName(rule.name())
                .withShortDescription(text(rule.summary()))
                .withFullDescription(text(fullDescription(rule)))
                .withHelpUri(URI.create(page))
                .withHelp(text(help + "\n\nSee " + page + ".")
                        .withMarkdown(help + "\n\nSee [" + rule.page() + "](" + page + ")."))
                .withDefaultConfiguration(new ReportingConfiguration()
                        .withLevel(ReportingConfiguration.Level.fromValue(rule.severity().label()))
                        .withEnabled(null)
                        .withRank(null))
                .withProperties(properties(rule));
    }

    private static PropertyBag properties(RuleDescriptor rule) {
        Set<String> tags = new LinkedHashSet<>(rule.tags());
        // GitHub files a rule under security by this tag, and honours security-severity only with it.
        if (rule.category() == Category.SECURITY || !rule.securitySeverity().isEmpty()) {
            tags.add(SECURITY_TAG);
        }
        PropertyBag properties = new PropertyBag().withTags(limited(tags))
                .withAdditionalProperty("precision", rule.precision())
                .withAdditionalProperty("problem.severity", problemSeverity(rule.severity()));
        if (!rule.securitySeverity().isEmpty()) {
            properties.withAdditionalProperty("security-severity", rule.securitySeverity());
        }
        return properties;
    }

    /** GitHub keeps only the first 10 tags of a rule; the security tag, added last, must not be lost. */
    private static Set<String> limited(Set<String> tags) {
        if (tags.size() <= MAX_TAGS) {
            return tags;
        }
        Set<String> kept = new LinkedHashSet<>();
        if (tags.contains(SECURITY_TAG)) {
            kept.add(SECURITY_TAG);
        }
        for (String tag : tags) {
            if (kept.size() < MAX_TAGS) {
                kept.add(tag);
            }
        }
        return kept;
    }

    /** CodeQL's vocabulary: GitHub orders and filters alerts by it. */
    private static String problemSeverity(Severity severity) {
        return severity == Severity.NOTE ? "recommendation" : severity.label();
    }

    /**
     * The first paragraph of the documentation ("What it does"), as one line; the summary when
     * the documentation has no prose.
     */
    private static String fullDescription(RuleDescriptor rule) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : rule.documentation().split("\n", -1)) {
            String trimmed = line.trim();
            boolean heading = trimmed.startsWith("#");
            if (trimmed.isEmpty() || heading) {
                if (paragraph.length() > 0) {
                    break;
                }
                continue;
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(trimmed);
        }
        String description = paragraph.length() == 0 ? rule.summary() : paragraph.toString();
        return description.length() <= MAX_DESCRIPTION
                ? description : description.substring(0, MAX_DESCRIPTION - 1) + "\u2026";
    }

    private static MultiformatMessageString text(String text) {
        return new MultiformatMessageString().withText(text);
    }
}
