package dev.evtlint.rule;

/**
 * A check. Implementations are annotated with {@link RuleMeta}, keep no state, and are found with
 * {@link java.util.ServiceLoader}: a rule jar lists them in
 * {@code META-INF/services/dev.evtlint.rule.Rule}.
 */
public interface Rule {

    /** Reads the project model and reports findings through the context. */
    void check(RuleContext context);
}
