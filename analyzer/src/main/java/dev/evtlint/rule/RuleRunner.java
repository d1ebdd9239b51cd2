package dev.evtlint.rule;

import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.concurrent.InOrder;
import dev.evtlint.concurrent.LargeStack;
import dev.evtlint.flow.FlowAnalysis;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.parse.TimeBudgetExceeded;
import dev.evtlint.ast.SourceFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Runs rules over one project model. A rule that throws, overflows its stack or runs longer than
 * the time budget does not stop the others: its failure ({@link TimeBudgetExceeded} for the time
 * budget) goes to {@code onRuleFailure} and becomes a tool notification.
 */
public final class RuleRunner {
    private final ProjectModel model;
    private final FlowAnalysis flow;
    private final int pgVersion;
    private final Predicate<QualifiedName> knownExternalFunction;
    private final Duration budget;

    public RuleRunner(ProjectModel model, FlowAnalysis flow, int pgVersion) {
        this(model, flow, pgVersion, name -> false, Duration.ZERO);
    }

    /**
     * @param knownExternalFunction what {@link RuleContext#isKnownExternalFunction} answers
     * @param budget how long each rule may take (zero: no limit); a rule still running then is
     *               left out of the results, and its thread is left to end with the process
     */
    public RuleRunner(ProjectModel model, FlowAnalysis flow, int pgVersion, Predicate<QualifiedName> knownExternalFunction,
                      Duration budget) {
        this.model = model;
        this.flow = flow;
        this.pgVersion = pgVersion;
        this.knownExternalFunction = knownExternalFunction;
        this.budget = budget;
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
        if (budget.isZero()) {
            return checkNow(registered);
        }
        return LargeStack.callWithin(() -> checkNow(registered), "evtlint-rule-" + registered.descriptor().id(), budget)
                .orElseGet(() -> new Outcome(List.of(), new TimeBudgetExceeded(budget)));
    }

    /**
     * A finding in an earlier definition of a trigger function, which a later statement replaced or
     * dropped, points to that statement: the body it is in ran under event triggers until there,
     * which is why a replaced body is reported at all. One place for every rule.
     */
    private Finding withDefinitionEnd(Finding finding) {
        return model.definitionEndAround(finding.location().file(), finding.location().range())
                .map(end -> finding.withRelated(new RelatedLocation(new Location(end.file(), end.statement().range()),
                        "the definition this finding is in, which event triggers ran, stands until this statement "
                                + (end.dropped() ? "drops" : "replaces") + " it")))
                .orElse(finding);
    }

    private Outcome checkNow(RuleRegistry.RegisteredRule registered) {
        Context context = new Context(registered.descriptor());
        try {
            registered.rule().check(context);
            return new Outcome(context.reported.stream().map(b -> withDefinitionEnd(b.build(registered.descriptor().severity())))
                    .toList(), null);
        } catch (RuntimeException e) {
            return new Outcome(List.of(), e);
        } catch (StackOverflowError e) {
            // Input deeper than the rule's recursion allows: that rule's failure, not the whole run's.
            return new Outcome(List.of(), new IllegalStateException(String.valueOf(e), e));
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
