package dev.evtlint.rule;

import java.util.List;

/** A rule's metadata and documentation, as reporters and the catalog show them. */
public record RuleDescriptor(String id, String name, String summary, Severity severity, Category category,
                             String since, List<String> tags, String precision, String securitySeverity,
                             String documentation) {
    /** Where the rule's page lies in evtlint's repository, made from its documentation (docs/rules/README.md). */
    public static final String PAGES = "docs/rules/";

    /**
     * The rule's page, relative to evtlint's repository root, as the text output and SARIF name it.
     * Relative while the project has no public home: no URL can be given yet.
     */
    public String page() {
        return PAGES + id + ".md";
    }

    static RuleDescriptor of(RuleMeta meta, String documentation) {
        return new RuleDescriptor(meta.id(), meta.name(), meta.summary(), meta.severity(), meta.category(),
                meta.since(), List.of(meta.tags()), meta.precision(), meta.securitySeverity(), documentation);
    }
}
