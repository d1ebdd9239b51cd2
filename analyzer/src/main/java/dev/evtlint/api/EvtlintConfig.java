package dev.evtlint.api;

import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.api.FailOn;
import dev.evtlint.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What an {@code evtlint.toml} says (docs/configuration.md). Rules are given by ID, upper case, as
 * the reader resolved them. {@code folder} is where the file stands: per-path globs and the order
 * file are relative to it. Settings a file leaves out are empty; the caller decides the defaults,
 * and its own options (the command line's, the Maven plugin's parameters) win over the file.
 */
public record EvtlintConfig(Path folder, Set<String> select, Set<String> ignore, Map<String, Severity> severity,
                            List<PathIgnore> perPathIgnores, OptionalInt pgVersion, Optional<Path> order,
                            Optional<String> failOn, List<KnownFunction> knownFunctions, List<String> exclude) {

    /** No configuration file: nothing is configured. */
    public static final EvtlintConfig NONE = new EvtlintConfig(null, Set.of(), Set.of(), Map.of(), List.of(),
            OptionalInt.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());

    public EvtlintConfig {
        select = Set.copyOf(select);
        ignore = Set.copyOf(ignore);
        severity = Map.copyOf(severity);
        perPathIgnores = List.copyOf(perPathIgnores);
        knownFunctions = List.copyOf(knownFunctions);
        exclude = List.copyOf(exclude);
    }

    /** The file's {@code exclude} globs, relative to its folder: files and folders that discovery leaves out. */
    public List<PathGlob> excludes() {
        return exclude.stream().map(glob -> new PathGlob(folder, glob)).toList();
    }

    /** {@code given} when the caller has rules of its own, else the file's. */
    public Set<String> select(Set<String> given) {
        return given.isEmpty() ? select : given;
    }

    public Set<String> ignore(Set<String> given) {
        return given.isEmpty() ? ignore : given;
    }

    /** {@code given} when the caller has a version, else the file's {@code pg-version}, else the default. */
    public int pgVersion(Integer given) {
        return given != null ? given : pgVersion.orElse(AnalysisRequest.DEFAULT_PG_VERSION);
    }

    /** {@code given} when the caller has a threshold, else the file's {@code fail-on}, else error. */
    public FailOn failOn(FailOn given) {
        return given != null ? given : failOn.map(FailOn::parse).orElse(FailOn.ERROR);
    }

    /** Whether {@code ruleId} is switched off for the file at {@code path} (absolute, or null for standard input). */
    public boolean ignoredFor(String ruleId, Path path) {
        if (folder == null || path == null || perPathIgnores.isEmpty()) {
            return false;
        }
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(folder)) {
            return false;
        }
        String relative = folder.relativize(absolute).toString().replace('\\', '/');
        return perPathIgnores.stream().anyMatch(p -> p.ruleIds().contains(ruleId) && p.matches(relative));
    }
}
