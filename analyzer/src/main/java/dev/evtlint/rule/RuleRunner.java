package dev.evtlint.rule;

import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.concurrent.InOrder;
import dev.evtlint.flow.FlowAnalysis;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.ast.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Runs rules over one project model. A rule that throws does not stop the others: its failure
 * goes to {@code onRuleFailure} and becomes a tool notification.
 */
public final class RuleRunner {
    private final ProjectModel model;
    private final FlowAnalysis flow;
    private final int pgVersion;
    private final Predicate<QualifiedName> knownExternalFunction;

    public RuleRunner(ProjectModel model, FlowAnalysis flow, int pgVersion) {
        this(model, flow, pgVersion, name -> false);
    }

    /** @param knownExternalFunction what {@link RuleContext#isKnownExternalFunction} answers */
    public RuleRunner(ProjectModel model, FlowAnalysis flow, int pgVersion, Predicate<QualifiedName> knownExternalFunction) {
        this.model = model;
        this.flow = flow;
        this.pgVersion = pgVersion;
        this.knownExternalFunction = knownExternalFunction;
    }

    public List<Finding> run(List<RuleRegistry.RegisteredRule> rules, BiConsumer<RuleDescriptor, RuntimeException> onRuleFailure) {
        return run(rules, 1, onRuleFailure);
    }

    /**
     * Runs the rules on up to {@code jobs} threads: rules are independent of each other, and the
     * model and its flow facts are computed before and only read here. Findings and failures come
     * in the order of {@code rules}, as one thread gives them.
     */
    public List<Finding> run(List<RuleRegistry.RegisteredRule> rules, int jobs,
                             BiConsumer<RuleDescriptor, RuntimeException> onRuleFailure) {
        List<Finding> findings = new ArrayList<>();
        List<Outcome> outcomes = InOrder.map(rules, jobs, "evtlint-rules", this::check);
        for (int i = 0; i < rules.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (outcome.failure() != null) {
                onRuleFailure.accept(rules.get(i).descriptor(), outcome.failure());
            } else {
                findings.addAll(outcome.findings());
            }
        }
        return findings;
    }

    private Outcome check(RuleRegistry.RegisteredRule registered) {
        Context context = new Context(registered.descriptor());
        try {
            registered.rule().check(context);
            return new Outcome(context.reported.stream().map(b -> b.build(registered.descriptor().severity())).toList(), null);
        } catch (RuntimeException e) {
            return new Outcome(List.of(), e);
        }
    }

    /** One rule's findings, or what it threw. */
    private record Outcome(List<Finding> findings, RuntimeException failure) {
    }

    private final class Context implements RuleContext {
        private final RuleDescriptor descriptor;
        private final List<FindingBuilder> reported = new ArrayList<>();

        Context(RuleDescriptor descriptor) {
            this.descriptor = descriptor;
        }

        @Override
        public ProjectModel model() {
            return model;
        }

        @Override
        public FlowAnalysis flow() {
            return flow;
        }

        @Override
        public int pgVersion() {
            return pgVersion;
        }

        @Override
        public boolean isKnownExternalFunction(QualifiedName name) {
            return knownExternalFunction.test(name);
        }

        @Override
        public FindingBuilder report(SourceFile file, SourceRange range) {
            FindingBuilder builder = new FindingBuilder(descriptor, new Location(file, range));
            reported.add(builder);
            return builder;
        }
    }
}
