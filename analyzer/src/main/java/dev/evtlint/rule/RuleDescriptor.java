package dev.evtlint.rule;

import java.util.List;

/** A rule's metadata and documentation, as reporters and the catalog show them. */
public record RuleDescriptor(String id, String name, String summary, Severity severity, Category category,
                             String since, List<String> tags, String precision, String securitySeverity,
                             String documentation) {
    /** Where the rule's page lies in evtlint's repository, made from its documentation (docs/rules/README.md). */
    public static final String PAGES = "docs/rules/";

    /**
     * The rule's page, relative to evtlint's repository root, as the text output names it; SARIF
     * links it at the project's home ({@code ToolInfo.repositoryFile}).
     */
    public String page() {
        return PAGES + id + ".md";
    }

    static RuleDescriptor of(RuleMeta meta, String documentation) {
        return new RuleDescriptor(meta.id(), meta.name(), meta.summary(), meta.severity(), meta.category(),
                meta.since(), List.of(meta.tags()), meta.precision(), meta.securitySeverity(), documentation);
    }
}
