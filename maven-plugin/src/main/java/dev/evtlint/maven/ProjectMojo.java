package dev.evtlint.maven;

import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.config.ConfigException;
import dev.evtlint.pipeline.CheckRequest;
import dev.evtlint.pipeline.InvalidRequest;
import dev.evtlint.pipeline.Pipeline;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: which scripts form the project and how they are analysed. Each goal builds
 * its request here and resolves it through the one {@link Pipeline} the command line uses too.
 */
abstract class ProjectMojo extends AbstractMojo {

    /** The module's folder: source directories and report paths are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

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
     * Run only these rules, by ID or name ({@code EVT101}, {@code login-write-without-recovery-guard}).
     * The default is the configuration file's {@code select}, else every rule.
     */
    @Parameter(property = "evtlint.select")
    private List<String> select;

    /** Do not run these rules, by ID or name. The default is the configuration file's {@code ignore}. */
    @Parameter(property = "evtlint.ignore")
    private List<String> ignore;

    /**
     * The configuration file ({@code evtlint.toml}: rules, severities, per-path ignores, run order;
     * docs/configuration.md). The default is the nearest {@code evtlint.toml} from the module up to
     * the root of its git repository. Parameters given here win over the file.
     */
    @Parameter(property = "evtlint.configFile")
    private File configFile;

    /** Skips the goal. */
    @Parameter(property = "evtlint.skip", defaultValue = "false")
    private boolean skip;

    protected boolean skipped() {
        if (skip) {
            getLog().info("evtlint: skipped");
        }
        return skip;
    }

    protected SourceSet sources() throws MojoExecutionException {
        return new SourceSet(basedir.toPath(), sourceDirectories, includes, excludes);
    }

    /** Whether the module has no source directory, told in the log: then there is nothing to analyse. */
    protected boolean nothingToCheck(SourceSet sources) {
        if (sources.directories().isEmpty()) {
            getLog().info("evtlint: no source directory (" + SourceSet.DEFAULT_DIRECTORIES + "); nothing to check");
            return true;
        }
        return false;
    }

    /** A request for the module's scripts with the shared parameters; the goal adds its own. */
    protected CheckRequest.Builder request(SourceSet sources) throws MojoExecutionException {
        if (pgVersion != null && !AnalysisRequest.supportsPgVersion(pgVersion)) {
            throw new MojoExecutionException("evtlint: pgVersion must be between " + AnalysisRequest.MIN_PG_VERSION
                    + " and " + AnalysisRequest.MAX_PG_VERSION + ", not " + pgVersion);
        }
        return CheckRequest.builder(basedir.toPath()).paths(sources.directories()).sources(sources.filter())
                .configFile(configFile == null ? null : configFile.toPath()).pgVersion(pgVersion)
                .select(rules(select)).ignore(rules(ignore)).jobs(Runtime.getRuntime().availableProcessors());
    }

    /** Resolves the request; a mistake in a parameter or a file the user gave is one line that names it. */
    protected static Pipeline resolve(CheckRequest request) throws MojoExecutionException {
        try {
            return Pipeline.resolve(request);
        } catch (ConfigException | InvalidRequest e) {
            throw new MojoExecutionException("evtlint: " + e.getMessage(), e);
        }
    }

    private static Set<String> rules(List<String> keys) {
        return keys == null ? Set.of() : Set.copyOf(keys);
    }

    /** Reads a parameter's value; a value that is not allowed is a configuration error in one line. */
    protected static <T> T parse(String parameter, String value, Function<String, T> parser)
            throws MojoExecutionException {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("evtlint: " + parameter + ": " + e.getMessage());
        }
    }

    protected Path module() {
        return basedir.toPath();
    }}
