package dev.evtlint.maven;

import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.Evtlint;
import dev.evtlint.api.FailOn;
import dev.evtlint.report.GitRoot;
import dev.evtlint.report.ReportFormat;
import dev.evtlint.report.TextReporter;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.maven.plugin.AbstractMojo;
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
public final class CheckMojo extends AbstractMojo {

    /** The module's folder: source directories and report paths are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /**
     * Folders searched for scripts. All scripts found form one project: a trigger in one migration
     * and its function in another are linked, and Flyway migrations run in version order. The
     * default is {@code src/main/resources/db/migration} and {@code src/main/sql}, those of them
     * that exist; a folder given here must exist.
     */
    @Parameter(property = "evtlint.sourceDirectories")
    private List<File> sourceDirectories;

    /** Patterns of the scripts to analyse, relative to each source directory (Ant style). */
    @Parameter(property = "evtlint.includes", defaultValue = SourceSet.DEFAULT_INCLUDE)
    private List<String> includes;

    /** Patterns of scripts not to analyse, relative to each source directory (Ant style). */
    @Parameter(property = "evtlint.excludes")
    private List<String> excludes;

    /** The PostgreSQL major version the scripts target, 13 to 18. */
    @Parameter(property = "evtlint.pgVersion", defaultValue = "" + AnalysisRequest.DEFAULT_PG_VERSION)
    private int pgVersion;

    /**
     * The least serious severity that counts against {@code maxAllowedFindings}: {@code error},
     * {@code warning}, {@code note}, or {@code never} for a build that never fails on findings.
     */
    @Parameter(property = "evtlint.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /** How many findings at or above {@code failOnSeverity} the build tolerates. */
    @Parameter(property = "evtlint.maxAllowedFindings", defaultValue = "0")
    private int maxAllowedFindings;

    /**
     * The report file. Each of {@code outputFormats} is written to this path with the format's
     * extension in place of the file's own: {@code .sarif}, {@code .json} or {@code .txt}. A report
     * is replaced atomically. SARIF URIs are relative to the git repository that holds the project
     * (the nearest folder above it with {@code .git}), as GitHub code scanning wants them.
     */
    @Parameter(property = "evtlint.outputFile", defaultValue = "${project.build.directory}/evtlint.sarif")
    private File outputFile;

    /**
     * The report formats, comma-separated: {@code sarif} (SARIF 2.1.0), {@code json}, {@code text}
     * (the lines of {@code evtlint check}), {@code github} (workflow annotations).
     */
    @Parameter(property = "evtlint.outputFormats", defaultValue = "sarif")
    private List<String> outputFormats;

    /**
     * Whether to log every finding as {@code path:line:col: severity: message [ID name]}. When
     * false, only the findings that fail the build are logged.
     */
    @Parameter(property = "evtlint.consoleOutput", defaultValue = "true")
    private boolean consoleOutput;

    /** Skips the check. */
    @Parameter(property = "evtlint.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("evtlint: skipped");
            return;
        }
        FailOn failOn = parse("failOnSeverity", failOnSeverity, FailOn::parse);
        List<ReportFormat> formats = new ArrayList<>();
        for (String format : outputFormats) {
            formats.add(parse("outputFormats", format, ReportFormat::parse));
        }
        checkSettings();
        Path project = basedir.toPath();
        // Before the analysis: a configuration error should not wait for it.
        ReportFiles reports = new ReportFiles(outputFile.toPath(), formats, GitRoot.of(project), project, getLog());
        SourceSet sources = new SourceSet(project, sourceDirectories, includes, excludes);
        if (sources.directories().isEmpty()) {
            getLog().info("evtlint: no source directory (" + SourceSet.DEFAULT_DIRECTORIES + "); nothing to check");
            return;
        }
        AnalysisResult result = Evtlint.analyze(new AnalysisRequest(sources.files(), project, pgVersion, Set.of(),
                Set.of(), List.of(), Runtime.getRuntime().availableProcessors(), List.of()));
        Verdict verdict = new Verdict(result, failOn, maxAllowedFindings);
        FindingLog log = new FindingLog(getLog());
        log.findings(consoleOutput ? result.findings() : verdict.failingTheBuild());
        log.notifications(result.notifications());
        getLog().info("evtlint: " + TextReporter.summary(result));
        reports.write(result);
        verdict.enforce();
    }

    private void checkSettings() throws MojoExecutionException {
        if (!AnalysisRequest.supportsPgVersion(pgVersion)) {
            throw new MojoExecutionException("evtlint: pgVersion must be between " + AnalysisRequest.MIN_PG_VERSION
                    + " and " + AnalysisRequest.MAX_PG_VERSION + ", not " + pgVersion);
        }
        if (maxAllowedFindings < 0) {
            throw new MojoExecutionException("evtlint: maxAllowedFindings must be 0 or more, not " + maxAllowedFindings);
        }
    }

    /** Reads a parameter's value; a value that is not allowed is a configuration error in one line. */
    private static <T> T parse(String parameter, String value, Function<String, T> parser)
            throws MojoExecutionException {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("evtlint: " + parameter + ": " + e.getMessage());
        }
    }
}
