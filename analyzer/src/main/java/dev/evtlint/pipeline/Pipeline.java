package dev.evtlint.pipeline;

import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.Evtlint;
import dev.evtlint.api.EvtlintConfig;
import dev.evtlint.api.FailOn;
import dev.evtlint.api.LiveSources;
import dev.evtlint.api.ParseListing;
import dev.evtlint.api.PathGlob;
import dev.evtlint.api.Progress;
import dev.evtlint.api.TriggerInventory;
import dev.evtlint.config.Baseline;
import dev.evtlint.config.ConfigException;
import dev.evtlint.config.ConfigFile;
import dev.evtlint.config.RunOrderFile;
import dev.evtlint.report.Printable;
import dev.evtlint.report.SarifFingerprints;
import dev.evtlint.rule.Fix;
import dev.evtlint.rule.RuleRegistry;
import dev.evtlint.source.GitRoot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one way in for every front end ({@code evtlint check}, {@code triggers}, {@code parse}, the
 * Maven plugin, an editor): {@link #resolve} reads the configuration file, the run order file and
 * the baseline, and loads the rules, once; the request's own settings win over the file's. Then
 * {@link #check}, {@link #triggers} and {@link #parse} all see the same scripts in the same order.
 * Nothing here writes: reports and exit codes are the front end's.
 */
public final class Pipeline {
    private final RuleRegistry registry;
    private final EvtlintConfig config;
    private final AnalysisRequest analysis;
    private final FailOn failOn;
    private final Baseline baseline;
    private final Path sourceRoot;

    private Pipeline(RuleRegistry registry, EvtlintConfig config, AnalysisRequest analysis, FailOn failOn,
                     Baseline baseline, Path sourceRoot) {
        this.registry = registry;
        this.config = config;
        this.analysis = analysis;
        this.failOn = failOn;
        this.baseline = baseline;
        this.sourceRoot = sourceRoot;
    }

    /**
     * @throws InvalidRequest  when the request names an unknown rule or an invalid exclude glob
     * @throws ConfigException when the configuration, run order or baseline file cannot be read or has a mistake
     */
    public static Pipeline resolve(CheckRequest request) throws InvalidRequest, ConfigException {
        RuleRegistry registry = RuleRegistry.load();
        checkRulesExist(registry, request.select());
        checkRulesExist(registry, request.ignore());
        List<PathGlob> excludes = excludes(request);
        Path workingDirectory = request.workingDirectory();
        EvtlintConfig config = ConfigFile.load(request.configFile(), workingDirectory, registry);
        Baseline baseline = request.baseline() == null ? null : Baseline.read(workingDirectory.resolve(request.baseline()),
                ConfigFile.displayName(workingDirectory.resolve(request.baseline()), workingDirectory));
        List<Path> runOrder = RunOrderFile.read(request.orderFile() != null ? request.orderFile()
                : config.order().orElse(null), workingDirectory);
        excludes.addAll(config.excludes());
        AnalysisRequest analysis = new AnalysisRequest(request.paths(), workingDirectory,
                config.pgVersion(request.pgVersion()), config.select(request.select()), config.ignore(request.ignore()),
                runOrder, request.jobs(), request.buffers(), request.fileTimeout(), request.sources(), excludes);
        Path sourceRoot = request.sourceRoot() != null ? request.sourceRoot() : GitRoot.of(workingDirectory);
        return new Pipeline(registry, config, analysis, config.failOn(request.failOn()), baseline, sourceRoot);
    }

    private static void checkRulesExist(RuleRegistry registry, Set<String> keys) throws InvalidRequest {
        for (String key : keys) {
            if (registry.find(key).isEmpty()) {
                throw new InvalidRequest(registry.unknownRule(key));
            }
        }
    }

    private static List<PathGlob> excludes(CheckRequest request) throws InvalidRequest {
        List<PathGlob> excludes = new ArrayList<>();
        for (String glob : request.excludes()) {
            try {
                excludes.add(new PathGlob(request.workingDirectory(), glob));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequest("not a valid exclude glob: " + Printable.excerpt(glob) + " ("
                        + e.getMessage().lines().findFirst().orElse("") + ")");
            }
        }
        return excludes;
    }

    /** Analyses the scripts and compares the findings with the baseline, if there is one. */
    public CheckOutcome check(Progress progress) {
        return check(progress, LiveSources.NONE);
    }

    /**
     * As {@link #check(Progress)}, for a process that analyses the same project again and again (a
     * language server): {@code live} supplies unsaved buffers and the unchanged files' earlier parses.
     */
    public CheckOutcome check(Progress progress, LiveSources live) {
        return check(analysis, progress, live);
    }

    /**
     * Checks the scripts and makes the fixes {@code allowed} permits, round after round
     * ({@link FixRounds}), on their texts in memory: nothing is written.
     */
    public FixOutcome fix(Progress progress, Fix.Applicability allowed) {
        return new FixRounds(analysis, allowed, (request, live) -> check(request, progress, live)).run();
    }

    private CheckOutcome check(AnalysisRequest analysis, Progress progress, LiveSources live) {
        AnalysisResult complete = Evtlint.analyze(analysis, config, registry, progress, live);
        AnalysisResult reported = baseline == null ? complete
                : baseline.compare(complete, new SarifFingerprints(sourceRoot, analysis.workingDirectory()));
        return new CheckOutcome(complete, reported, failOn);
    }

    /** The event triggers the scripts define once they ran in the resolved order. */
    public TriggerInventory.Inventory triggers() {
        return TriggerInventory.of(analysis);
    }

    /** How the scripts split and parse. */
    public ParseListing.Result parse() {
        return ParseListing.of(analysis);
    }

    /** What SARIF URIs and baseline fingerprints are relative to. */
    public Path sourceRoot() {
        return sourceRoot;
    }
}
