package dev.evtlint.report;

import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.ToolNotification;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.suppress.SuppressedFinding;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SARIF 2.1.0 for GitHub code scanning (DESIGN.md section 8, reference/sarif-github.md): one run
 * with every enabled rule, one result per finding with a location relative to the source root
 * and GitHub's line-hash fingerprint, and the tool's own problems as execution notifications.
 * Findings silenced by a suppression comment follow the others, with an in-source suppression
 * (GitHub does not honour it and shows them as open alerts: see docs/github-code-scanning.md).
 * The output has no timestamps or other run-dependent values: the same input gives the same bytes.
 */
public final class SarifReporter implements Reporter {
    static final URI SCHEMA = URI.create("https://json.schemastore.org/sarif-2.1.0.json");

    private final Path sourceRoot;
    private final Path workingDirectory;

    /**
     * @param sourceRoot       the directory result URIs are relative to: the repository root,
     *                         since GitHub resolves URIs against it
     * @param workingDirectory what relative paths in the analysis result are relative to
     */
    public SarifReporter(Path sourceRoot, Path workingDirectory) {
        this.sourceRoot = sourceRoot;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void write(AnalysisResult result, OutputStream out) throws IOException {
        SarifJson.write(toSarif(result), out);
    }

    SarifSchema210 toSarif(AnalysisResult result) {
        SourceRoot root = new SourceRoot(sourceRoot, workingDirectory);
        RuleTable rules = RuleTable.of(result);
        SarifResults converter = new SarifResults(root);
        List<Result> results = new ArrayList<>();
        // SARIF 2.1.0 section 3.27.23: once one result says whether it is suppressed, all do.
        boolean anySuppressed = !result.suppressed().isEmpty();
        for (Finding finding : result.findings()) {
            Result converted = converter.toResult(finding, rules.indexOf(finding.rule()), result.fixes().of(finding));
            results.add(anySuppressed ? converted.withSuppressions(new LinkedHashSet<>()) : converted);
        }
        for (SuppressedFinding suppressed : result.suppressed()) {
            Finding finding = suppressed.finding();
            // A suppressed finding is accepted as it is: nothing to fix.
            results.add(converter.toResult(finding, rules.indexOf(finding.rule()), List.of())
                    .withSuppressions(Set.of(inSource(suppressed.justification()))));
        }
        if (result.baseline() != null) {
            // Only findings the baseline lacks are left; GitHub ignores baselineState and would
            // raise alerts for "unchanged" and "absent" results, so only new ones are written.
            results.forEach(r -> r.setBaselineState(Result.BaselineState.NEW));
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(driver(rules)))
                .withInvocations(List.of(invocation(result, root)))
                .withOriginalUriBaseIds(root.originalUriBaseIds())
                .withResults(results)
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS);
        return new SarifSchema210()
                .with$schema(SCHEMA)
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    /** A suppression comment in the script; its reason, when it gives one, is the justification. */
    private static Suppression inSource(String justification) {
        return new Suppression()
                .withKind(Suppression.Kind.IN_SOURCE)
                .withJustification(justification.isEmpty() ? null : justification);
    }

    private static ToolComponent driver(RuleTable rules) {
        // A Set in java-sarif; insertion order keeps each rule at its ruleIndex.
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        for (RuleDescriptor rule : rules.rules()) {
            descriptors.add(SarifRules.describe(rule));
        }
        return new ToolComponent()
                .withName(ToolInfo.NAME)
                .withVersion(ToolInfo.version())
                .withSemanticVersion(ToolInfo.version())
                .withInformationUri(URI.create(ToolInfo.home()))
                .withRules(descriptors);
    }

    private static Invocation invocation(AnalysisResult result, SourceRoot root) {
        List<Notification> notifications = new ArrayList<>();
        for (ToolNotification notification : result.notifications()) {
            // An error, as in the text output: something went unanalysed.
            Notification converted = new Notification()
                    .withLevel(Notification.Level.ERROR)
                    .withMessage(new Message().withText(notification.message()));
            if (!notification.path().isEmpty()) {
                converted.withLocations(Set.of(new Location().withPhysicalLocation(
                        new PhysicalLocation().withArtifactLocation(root.artifact(notification.path())))));
            }
            notifications.add(converted);
        }
        return new Invocation()
                .withExecutionSuccessful(!result.hasInternalErrors())
                .withToolExecutionNotifications(notifications);
    }
}
