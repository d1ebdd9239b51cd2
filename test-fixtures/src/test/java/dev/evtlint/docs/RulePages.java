package dev.evtlint.docs;

import dev.evtlint.rule.Category;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.RuleRegistry;
import dev.evtlint.rule.RuleRegistry.RegisteredRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of docs/rules: one per rule, made from the documentation beside its class with its
 * metadata added, and the index. Nothing in them is written by hand, so that they never drift from
 * what {@code evtlint explain} and the SARIF help show; {@code scripts/rule-pages.sh} writes them.
 */
final class RulePages {
    static final String COMMAND = "scripts/rule-pages.sh";
    static final String INDEX = "README.md";
    private static final String SOURCES = "rules/src/main/java/";

    private RulePages() {
    }

    /** Every page by its file name in docs/rules, the index last. */
    static Map<String, String> of(RuleRegistry registry) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (RegisteredRule rule : registry.rules()) {
            RuleDescriptor descriptor = rule.descriptor();
            pages.put(descriptor.id() + ".md", page(descriptor, source(rule.rule().getClass())));
        }
        pages.put(INDEX, index(registry.descriptors()));
        return pages;
    }

    /** The documentation file beside the rule's class, which the registry reads as a resource of it. */
    private static String source(Class<?> ruleClass) {
        return SOURCES + ruleClass.getName().replace('.', '/') + ".md";
    }

    /**
     * The documentation with the metadata table after its title line ({@code # EVTnnn name}, which
     * RuleCatalogTest requires of every rule).
     */
    static String page(RuleDescriptor rule, String source) {
        String documentation = rule.documentation().stripTrailing();
        int titleEnd = documentation.indexOf('\n');
        String title = titleEnd < 0 ? documentation : documentation.substring(0, titleEnd);
        String body = titleEnd < 0 ? "" : documentation.substring(titleEnd + 1).stripLeading();
        StringBuilder page = new StringBuilder()
                .append("<!-- Made from ").append(source).append(" by ").append(COMMAND)
                .append(": edit that file, then run the script. -->\n")
                .append(title).append("\n\n")
                .append("*").append(markdown(rule.summary())).append("*\n\n")
                .append("| Severity | Category | Tags | Precision | Since |\n")
                .append("| --- | --- | --- | --- | --- |\n")
                .append("| ").append(rule.severity().label())
                .append(" | ").append(rule.category().title())
                .append(" | ").append(rule.tags().isEmpty() ? "-" : String.join(", ", rule.tags()))
                .append(" | ").append(rule.precision())
                .append(" | ").append(rule.since()).append(" |\n\n");
        if (!rule.securitySeverity().isEmpty()) {
            page.append("GitHub security severity: ").append(rule.securitySeverity()).append(".\n\n");
        }
        return page.append(body).append('\n').toString();
    }

    /** The rules by category, each with its severity and summary. */
    static String index(List<RuleDescriptor> rules) {
        StringBuilder index = new StringBuilder()
                .append("<!-- Made by ").append(COMMAND).append(" from the rules' documentation: do not edit. -->\n")
                .append("# evtlint rules\n\n")
                .append("A page per rule, made from the documentation beside each rule class (")
                .append("`").append(SOURCES).append("dev/evtlint/rules/<family>/<Class>.md`) by `").append(COMMAND).append("`;\n")
                .append("the build fails when a page is out of date. `evtlint explain ID` prints the same text,\n")
                .append("and the text output names a finding's page (`= see docs/rules/EVTnnn.md`).\n");
        for (Category category : Category.values()) {
            List<RuleDescriptor> inCategory = rules.stream().filter(r -> r.category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            String title = category.title();
            index.append("\n## ").append(Character.toUpperCase(title.charAt(0))).append(title.substring(1)).append("\n\n")
                    .append("| Rule | Name | Severity | Flags |\n")
                    .append("| --- | --- | --- | --- |\n");
            for (RuleDescriptor rule : inCategory) {
                index.append("| [").append(rule.id()).append("](").append(rule.id()).append(".md) | ")
                        .append(rule.name()).append(" | ").append(rule.severity().label()).append(" | ")
                        .append(markdown(rule.summary())).append(" |\n");
            }
        }
        return index.toString();
    }

    /** A summary inside a table cell or emphasis: a '|' would end the cell. */
    private static String markdown(String text) {
        return text.replace("|", "\\|");
    }
}
