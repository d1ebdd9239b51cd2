package dev.evtlint.api;

import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.concurrent.LargeStack;
import dev.evtlint.flow.FlowAnalysis;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.parse.TimeBudgetExceeded;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.RuleRegistry;
import dev.evtlint.rule.RuleRunner;
import dev.evtlint.rule.Severity;
import dev.evtlint.script.ScriptFile;
import dev.evtlint.suppress.SuppressedFinding;
import dev.evtlint.suppress.Suppressions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/** One run of the pipeline (DESIGN.md section 2): read, parse, model, flow, rules. */
final class Analysis {
    private static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing((Finding f) -> f.location().file().displayPath())
            .thenComparingInt(f -> f.location().range().startLine())
            .thenComparingInt(f -> f.location().range().startColumn())
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message);

    private final AnalysisRequest request;
    private final EvtlintConfig config;
    private final RuleRegistry registry;
    private final Progress progress;
    private final LiveSources live;
    private final List<ToolNotification> notifications = new ArrayList<>();

    Analysis(AnalysisRequest request, EvtlintConfig config, RuleRegistry registry, Progress progress, LiveSources live) {
        this.request = request;
        this.config = config;
        this.registry = registry;
        this.progress = progress;
        this.live = live;
    }

    AnalysisResult run() {
        ScriptLoader.Loaded loaded = ScriptLoader.load(request, progress, live);
        notifications.addAll(loaded.notifications());
        List<ScriptFile> ordered = RunOrder.sort(loaded.topLevel(), request.runOrder(), request.workingDirectory());
        notifications.addAll(FlywayDuplicates.in(ordered));
        List<RuleRegistry.RegisteredRule> enabled = enabledRules();
        List<RuleDescriptor> descriptors = enabled.stream().map(RuleRegistry.RegisteredRule::descriptor).toList();
        // The project-wide stages have the time budget of a file too: the model and its flow facts
        // together, then each rule, so that no project makes a run go on for ever.
        Duration budget = request.fileTimeout();
        Optional<Model> built = LargeStack.callWithin(() -> new Model(ProjectModel.build(ordered, loaded.inclusions(), FlowAnalysis::neverReturnsFor)), "evtlint-model", budget);
        if (built.isEmpty()) {
            notifications.add(new ToolNotification("", "not analysed: building the project model takes longer than "
                    + "the time budget of " + new TimeBudgetExceeded(budget).budgetText() + " (--file-timeout)", false));
            return result(ordered, descriptors, List.of(), FindingFixes.NONE);
        }
        List<Finding> findings = new RuleRunner(built.get().model(), built.get().flow(), request.pgVersion(), this::isKnownExternal,
                budget).run(enabled, request.jobs(), this::ruleFailed);
        return result(built.get().model().files(), descriptors, findings, FindingFixes.of(built.get().model(), enabled));
    }

    /** The project model and the flow facts the rules read. */
    private record Model(ProjectModel model, FlowAnalysis flow) {
        Model(ProjectModel model) {
            this(model, new FlowAnalysis(model));
        }
    }

    /** A rule that ran out of time is left out with a notice; one that failed is a bug of evtlint. */
    private void ruleFailed(RuleDescriptor rule, RuntimeException e) {
        if (e instanceof TimeBudgetExceeded exceeded) {
            notifications.add(new ToolNotification("", rule.id() + " not run to the end: it takes longer than the time "
                    + "budget of " + exceeded.budgetText() + " (--file-timeout); its findings are left out", false));
        } else {
            notifications.add(ToolNotification.internalError("", new IllegalStateException(rule.id() + ": " + e, e)));
        }
    }

    /**
     * The rules' findings as reported: per-path ignores and suppression comments applied, severities
     * as configured, in report order.
     */
    private AnalysisResult result(List<ScriptFile> ordered, List<RuleDescriptor> enabledDescriptors, List<Finding> findings,
                                  FindingFixes fixes) {
        Set<String> enabledIds = enabledDescriptors.stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        BiPredicate<SourceFile, String> ranOn = (file, id) -> enabledIds.contains(id) && !config.ignoredFor(id, pathOf(file));
        // Findings of rules switched off for their file never existed: they are not even suppressed.
        // distinct(): a script that psql includes twice runs twice, and its findings are the same both times.
        List<Finding> kept = findings.stream().filter(f -> ranOn.test(f.location().file(), f.rule().id())).distinct().toList();
        Suppressions.Outcome outcome = new Suppressions(registry, ranOn).apply(ordered, kept);
        List<Finding> reported = new ArrayList<>(outcome.reported().stream().map(this::withConfiguredSeverity).toList());
        reported.sort(REPORT_ORDER);
        List<SuppressedFinding> suppressed = new ArrayList<>(outcome.suppressed().stream()
                .map(s -> new SuppressedFinding(withConfiguredSeverity(s.finding()), s.justification())).toList());
        suppressed.sort(Comparator.comparing(SuppressedFinding::finding, REPORT_ORDER));
        List<SourceFile> files = ordered.stream().map(ScriptFile::source).toList();
        return new AnalysisResult(List.copyOf(reported), enabledDescriptors, files, List.copyOf(notifications),
                List.copyOf(suppressed), null, fixes);
    }

    /** Where a file stands; standard input stands where --stdin-filename puts it. */
    private Path pathOf(SourceFile file) {
        return DisplayPaths.location(file, request.workingDirectory());
    }

    /** The configuration's severity for the finding's rule, when it sets one. */
    private Finding withConfiguredSeverity(Finding finding) {
        Severity severity = config.severity().get(finding.rule().id());
        return severity == null || severity == finding.severity() ? finding
                : new Finding(finding.rule(), severity, finding.location(), finding.message(), finding.help(), finding.related());
    }

    private boolean isKnownExternal(QualifiedName name) {
        return config.knownFunctions().stream().anyMatch(f -> f.matches(name.schema(), name.name()));
    }

    private List<RuleRegistry.RegisteredRule> enabledRules() {
        Set<String> select = normalised(request.select());
        Set<String> ignore = normalised(request.ignore());
        return registry.rules().stream()
                .filter(r -> select.isEmpty() || matches(select, r.descriptor()))
                .filter(r -> !matches(ignore, r.descriptor()))
                .toList();
    }

    private static Set<String> normalised(Set<String> keys) {
        return keys.stream().map(k -> k.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static boolean matches(Set<String> keys, RuleDescriptor rule) {
        return keys.contains(rule.id().toLowerCase(Locale.ROOT)) || keys.contains(rule.name());
    }
}
