package dev.evtlint.maven;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.FailOn;
import dev.evtlint.api.Progress;
import dev.evtlint.pipeline.CheckOutcome;
import dev.evtlint.pipeline.Pipeline;
import dev.evtlint.report.ReportFormat;
import dev.evtlint.report.TextReporter;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Analyses the SQL and PL/pgSQL scripts of the project for event trigger hazards, writes the
 * reports (SARIF by default, for GitHub code scanning) and fails the build when there are more
 * findings at or above {@code failOnSeverity} than {@code maxAllowedFindings}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public final class CheckMojo extends ProjectMojo {

    /**
     * The least serious severity that counts against {@code maxAllowedFindings}: {@code error},
     * {@code warning}, {@code note}, or {@code never} for a build that never fails on findings. The
     * default is the configuration file's {@code fail-on}, else {@code error}.
     */
    @Parameter(property = "evtlint.failOnSeverity")
    private String failOnSeverity;

    /** How many findings at or above {@code failOnSeverity} the build tolerates. */
    @Parameter(property = "evtlint.maxAllowedFindings", defaultValue = "0")
    private int maxAllowedFindings;

    /**
     * The report file. Each of {@code outputFormats} that makes a file is written to this path with
     * the format's extension in place of the file's own: {@code .sarif}, {@code .json} or
     * {@code .txt}. A report is replaced atomically. SARIF URIs are relative to the git repository
     * that holds the project (the nearest folder above it with {@code .git}), as GitHub code
     * scanning wants them.
     */
    @Parameter(property = "evtlint.outputFile", defaultValue = "${project.build.directory}/evtlint.sarif")
    private File outputFile;

    /**
     * The report formats, comma-separated: {@code sarif} (SARIF 2.1.0), {@code json}, {@code text}
     * (the lines of {@code evtlint check}), each to a file; {@code github}: workflow annotations,
     * printed to the build's standard output, where a GitHub Actions runner reads them.
     */
    @Parameter(property = "evtlint.outputFormats", defaultValue = "sarif")
    private List<String> outputFormats;

    /**
     * Whether to log every finding as {@code path:line:col: severity: message [ID name]}. When
     * false, only the findings that fail the build are logged.
     */
    @Parameter(property = "evtlint.consoleOutput", defaultValue = "true")
    private boolean consoleOutput;

    /**
     * The SARIF report of an earlier run, such as one that {@code evtlint:baseline} wrote: the
     * findings it holds are neither reported nor counted, only new ones are. A finding matches by
     * rule, file and the hash of its line, so it still matches when lines above it move.
     */
    @Parameter(property = "evtlint.baseline")
    private File baseline;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        if (maxAllowedFindings < 0) {
            throw new MojoExecutionException("evtlint: maxAllowedFindings must be 0 or more, not " + maxAllowedFindings);
        }
        SourceSet sources = sources();
        FailOn failOn = failOnSeverity == null ? null : parse("failOnSeverity", failOnSeverity, FailOn::parse);
        Pipeline pipeline = resolve(request(sources).failOn(failOn)
                .baseline(baseline == null ? null : baseline.toPath()).build());
        // Before the analysis: a configuration error should not wait for it.
        ReportFiles reports = new ReportFiles(outputFile.toPath(), formats(), pipeline.sourceRoot(), module(), getLog());
        if (nothingToCheck(sources)) {
            return;
        }
        CheckOutcome outcome = pipeline.check(Progress.NONE);
        AnalysisResult result = outcome.reported();
        Verdict verdict = new Verdict(result, outcome.failOn(), maxAllowedFindings);
        FindingLog log = new FindingLog(getLog());
        log.findings(consoleOutput ? result.findings() : verdict.failingTheBuild());
        log.notifications(result.notifications());
        getLog().info("evtlint: " + TextReporter.summary(result));
        reports.write(result);
        verdict.enforce();
    }

    private List<ReportFormat> formats() throws MojoExecutionException {
        List<ReportFormat> formats = new ArrayList<>();
        for (String format : outputFormats) {
            formats.add(parse("outputFormats", format, ReportFormat::parse));
        }
        return formats;
    }
}
