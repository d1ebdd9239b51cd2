package dev.evtlint.maven;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.Progress;
import dev.evtlint.pipeline.Pipeline;
import dev.evtlint.report.AtomicFile;
import dev.evtlint.report.ReportFormat;
import dev.evtlint.report.Reporter;
import dev.evtlint.report.TextReporter;
import dev.evtlint.source.IoFailure;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes every current finding to a SARIF file that {@code check}'s {@code baseline} parameter
 * then reads: a project adopts evtlint without fixing everything first ({@code mvn evtlint:baseline}).
 * Findings never fail this goal; scripts that could not be analysed do, since the baseline would
 * miss their findings.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public final class BaselineMojo extends ProjectMojo {

    /** The baseline file to write (replaced atomically); {@code check} reads it with {@code -Devtlint.baseline=...}. */
    @Parameter(property = "evtlint.baselineFile", defaultValue = "${project.basedir}/evtlint-baseline.sarif")
    private File baselineFile;

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) {
            return;
        }
        SourceSet sources = sources();
        Pipeline pipeline = resolve(request(sources).build());
        if (nothingToCheck(sources)) {
            return;
        }
        AnalysisResult result = pipeline.check(Progress.NONE).complete();
        new FindingLog(getLog()).notifications(result.notifications());
        if (!result.notifications().isEmpty()) {
            throw new MojoExecutionException("evtlint: no baseline written: " + result.notifications().size()
                    + " problem(s) kept scripts from being analysed; the log above names them");
        }
        Reporter sarif = ReportFormat.SARIF.reporter(pipeline.sourceRoot(), module(), false);
        try {
            AtomicFile.write(baselineFile.toPath(), out -> sarif.write(result, out));
        } catch (IOException e) {
            throw new MojoExecutionException("evtlint: cannot write " + baselineFile + ": " + IoFailure.reason(e), e);
        }
        getLog().info("evtlint: " + TextReporter.summary(result) + "; baseline written to " + baselineFile);
    }
}
