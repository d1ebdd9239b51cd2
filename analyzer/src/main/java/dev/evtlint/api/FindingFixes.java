package dev.evtlint.api;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Fix;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleRegistry;
import dev.evtlint.script.ScriptFile;
import dev.evtlint.suppress.SuppressionFix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixes of the findings of one run, asked of their rules with the project model of that run:
 * what {@code --fix}, SARIF {@code fixes} and an editor's quick fixes all offer. The model is kept
 * with the run's result for this, and only read.
 */
public final class FindingFixes {
    /** For a result that no analysis produced (tests, reports read back): no finding has a fix. */
    public static final FindingFixes NONE = new FindingFixes(null, Map.of(), Map.of());

    private final ProjectModel project;
    private final Map<String, Rule> rulesById;
    private final Map<SourceFile, ScriptFile> scripts;

    private FindingFixes(ProjectModel project, Map<String, Rule> rulesById, Map<SourceFile, ScriptFile> scripts) {
        this.project = project;
        this.rulesById = rulesById;
        this.scripts = scripts;
    }

    static FindingFixes of(ProjectModel project, List<RuleRegistry.RegisteredRule> rules) {
        Map<String, Rule> rulesById = new HashMap<>();
        rules.forEach(r -> rulesById.put(r.descriptor().id(), r.rule()));
        // By identity: a SourceFile has no value equality, and the findings hold the model's own.
        Map<SourceFile, ScriptFile> scripts = new IdentityHashMap<>();
        project.files().forEach(script -> scripts.put(script.source(), script));
        return new FindingFixes(project, rulesById, scripts);
    }

    /** The fixes the finding's rule offers: what --fix may make and SARIF carries. */
    public List<Fix> of(Finding finding) {
        ScriptFile script = scripts.get(finding.location().file());
        Rule rule = rulesById.get(finding.rule().id());
        return script == null || rule == null ? List.of() : rule.fixes(finding, script, project);
    }

    /** The rule's fixes, then the suppression comment (which needs a reason): what an editor offers. */
    public List<Fix> withSuppression(Finding finding) {
        List<Fix> fixes = new ArrayList<>(of(finding));
        ScriptFile script = scripts.get(finding.location().file());
        if (script != null) {
            SuppressionFix.of(finding, script).ifPresent(fixes::add);
        }
        return fixes;
    }
}
