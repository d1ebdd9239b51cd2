package dev.evtlint.api;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.flow.FlowAnalysis;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.model.ScriptFile;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.RuleRegistry;
import dev.evtlint.rule.RuleRunner;
import dev.evtlint.suppress.SuppressedFinding;
import dev.evtlint.suppress.Suppressions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    private final RuleRegistry registry;
    private final List<ToolNotification> notifications = new ArrayList<>();

    Analysis(AnalysisRequest request, RuleRegistry registry) {
        this.request = request;
        this.registry = registry;
    }

    AnalysisResult run() {
        ScriptLoader.Loaded loaded = ScriptLoader.load(request.paths(), request.workingDirectory(), request.jobs(),
                request.texts());
        notifications.addAll(loaded.notifications());
        List<ScriptFile> ordered = RunOrder.sort(loaded.scripts(), request.runOrder());
        ProjectModel model = ProjectModel.build(ordered);
        FlowAnalysis flow = new FlowAnalysis(model);
        List<RuleRegistry.RegisteredRule> enabled = enabledRules();
        List<Finding> findings = new RuleRunner(model, flow, request.pgVersion())
                .run(enabled, (rule, e) -> notifications.add(ToolNotification.internalError("", new IllegalStateException(rule.id() + ": " + e, e))));
        List<RuleDescriptor> enabledDescriptors = enabled.stream().map(RuleRegistry.RegisteredRule::descriptor).toList();
        Suppressions.Outcome outcome = new Suppressions(registry, enabledDescriptors).apply(ordered, findings);
        List<Finding> reported = new ArrayList<>(outcome.reported());
        reported.sort(REPORT_ORDER);
        List<SuppressedFinding> suppressed = new ArrayList<>(outcome.suppressed());
        suppressed.sort(Comparator.comparing(SuppressedFinding::finding, REPORT_ORDER));
        List<SourceFile> files = ordered.stream().map(ScriptFile::source).toList();
        return new AnalysisResult(List.copyOf(reported), enabledDescriptors, files, List.copyOf(notifications),
                List.copyOf(suppressed));
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
