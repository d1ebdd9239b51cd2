package dev.evtlint.rule;

import java.util.List;

/** A rule's metadata and documentation, as reporters and the catalog show them. */
public record RuleDescriptor(String id, String name, String summary, Severity severity, Category category,
                             String since, List<String> tags, String precision, String securitySeverity,
                             String documentation) {

    static RuleDescriptor of(RuleMeta meta, String documentation) {
        return new RuleDescriptor(meta.id(), meta.name(), meta.summary(), meta.severity(), meta.category(),
                meta.since(), List.of(meta.tags()), meta.precision(), meta.securitySeverity(), documentation);
    }
}
