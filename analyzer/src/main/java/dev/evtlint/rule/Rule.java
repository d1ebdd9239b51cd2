package dev.evtlint.rule;

import dev.evtlint.model.ProjectModel;
import dev.evtlint.script.ScriptFile;
import java.util.List;

/**
 * A check. Implementations are annotated with {@link RuleMeta}, keep no state, and are found with
 * {@link java.util.ServiceLoader}: a rule jar lists them in
 * {@code META-INF/services/dev.evtlint.rule.Rule}, which the annotation processor of
 * evtlint-rule-processor writes from the {@link RuleMeta} annotations when the rules compile.
 */
public interface Rule {

    /** Reads the project model and reports findings through the context. */
    void check(RuleContext context);

    /**
     * The fixes of one of this rule's findings, which {@code script} of {@code project} holds: what
     * an editor offers as quick fixes, {@code check --fix} makes (as their applicability allows) and
     * SARIF carries. None unless the rule knows the change that resolves its finding.
     */
    default List<Fix> fixes(Finding finding, ScriptFile script, ProjectModel project) {
        return List.of();
    }
}
