package dev.evtlint.report;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.suppress.SuppressedFinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules a SARIF run lists in {@code tool.driver.rules}, and the index of each ({@code ruleIndex}). */
final class RuleTable {
    private final List<RuleDescriptor> rules = new ArrayList<>();
    private final Map<String, Integer> indexById = new HashMap<>();

    private RuleTable() {
    }

    /**
     * Every enabled rule in the given order, then any rule that has a finding without being
     * listed as enabled, so that every {@code ruleIndex} points at its rule.
     */
    static RuleTable of(AnalysisResult result) {
        RuleTable table = new RuleTable();
        result.enabledRules().forEach(table::add);
        for (Finding finding : result.findings()) {
            table.add(finding.rule());
        }
        for (SuppressedFinding suppressed : result.suppressed()) {
            table.add(suppressed.finding().rule());
        }
        return table;
    }

    private void add(RuleDescriptor rule) {
        if (indexById.putIfAbsent(rule.id(), rules.size()) == null) {
            rules.add(rule);
        }
    }

    List<RuleDescriptor> rules() {
        return rules;
    }

    int indexOf(RuleDescriptor rule) {
        return indexById.get(rule.id());
    }
}
