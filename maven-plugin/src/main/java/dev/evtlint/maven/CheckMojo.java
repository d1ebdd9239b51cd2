package dev.evtlint.maven;

import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.Evtlint;
import dev.evtlint.api.FailOn;
import dev.evtlint.config.Baseline;
import dev.evtlint.config.ConfigException;
import dev.evtlint.config.ConfigFile;
import dev.evtlint.config.EvtlintConfig;
import dev.evtlint.config.RunOrderFile;
import dev.evtlint.report.GitRoot;
import dev.evtlint.report.ReportFormat;
import dev.evtlint.report.SarifFingerprints;
import dev.evtlint.report.TextReporter;
import dev.evtlint.rule.RuleRegistry;
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

    /**
     * The PostgreSQL major version the scripts target, 13 to 18. The default is the configuration
     * file's {@code pg-version}, else 18.
     */
    @Parameter(property = "evtlint.pgVersion")
    private Integer pgVersion;

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

    /**
     * The configuration file ({@code evtlint.toml}: rules, severities, per-path ignores, run order;
     * docs/configuration.md). The default is the nearest {@code evtlint.toml} from the module up to
     * the root of its git repository. Parameters given here win over the file.
     */
    @Parameter(property = "evtlint.configFile")
    private File configFile;

    /**
     * The SARIF report of an earlier run, such as a {@code target/evtlint.sarif} kept in the
     * repository: the findings it holds are neither reported nor counted, only new ones are. A
     * finding matches by rule, file and the hash of its line, so it still matches when lines above
     * it move.
     */
    @Parameter(property = "evtlint.baseline")
    private File baseline;

    /** Skips the check. */
    @Parameter(property = "evtlint.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("evtlint: skipped");
            return;
        }
        Path module = basedir.toPath();
        Path repository = GitRoot.of(module);
        EvtlintConfig config = configured(() -> ConfigFile.load(configFile == null ? null : configFile.toPath(), module));
        FailOn failOn = config.failOn(failOnSeverity == null ? null : parse("failOnSeverity", failOnSeverity, FailOn::parse));
        int version = config.pgVersion(pgVersion);
        checkSettings(version);
        // Before the analysis: a configuration error should not wait for it.
        ReportFiles reports = new ReportFiles(outputFile.toPath(), formats(), repository, module, getLog());
        Baseline earlier = baseline == null ? null
                : configured(() -> Baseline.read(baseline.toPath(), ConfigFile.displayName(baseline.toPath(), module)));
        List<Path> runOrder = configured(() -> RunOrderFile.read(config.order().orElse(null), module));
        SourceSet sources = new SourceSet(module, sourceDirectories, includes, excludes);
        if (sources.directories().isEmpty()) {
            getLog().info("evtlint: no source directory (" + SourceSet.DEFAULT_DIRECTORIES + "); nothing to check");
            return;
        }
        AnalysisRequest request = new AnalysisRequest(sources.directories(), module, version, config.select(Set.of()),
                config.ignore(Set.of()), runOrder, Runtime.getRuntime().availableProcessors(), List.of(),
                AnalysisRequest.DEFAULT_FILE_TIMEOUT, sources.filter());
        AnalysisResult result = Evtlint.analyze(request, config, RuleRegistry.load());
        if (earlier != null) {
            result = earlier.compare(result, new SarifFingerprints(repository, module));
        }
        Verdict verdict = new Verdict(result, failOn, maxAllowedFindings);
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

    private void checkSettings(int version) throws MojoExecutionException {
        if (!AnalysisRequest.supportsPgVersion(version)) {
            throw new MojoExecutionException("evtlint: pgVersion must be between " + AnalysisRequest.MIN_PG_VERSION
                    + " and " + AnalysisRequest.MAX_PG_VERSION + ", not " + version);
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

    /** Reads a file the user gave; its mistakes are one line that names it, as a compiler's. */
    private static <T> T configured(ConfigRead<T> read) throws MojoExecutionException {
        try {
            return read.read();
        } catch (ConfigException e) {
            throw new MojoExecutionException("evtlint: " + e.getMessage(), e);
        }
    }

    /** Reading a configuration, baseline or run order file. */
    @FunctionalInterface
    private interface ConfigRead<T> {
        T read() throws ConfigException;
    }
}
