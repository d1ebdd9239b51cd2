package dev.evtlint.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.api.EvtlintConfig;
import dev.evtlint.api.KnownFunction;
import dev.evtlint.api.PathGlob;
import dev.evtlint.api.PathIgnore;
import dev.evtlint.report.Printable;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.RuleRegistry;
import dev.evtlint.rule.Severity;
import dev.evtlint.source.IoFailure;
import dev.evtlint.source.RepositoryPath;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.PatternSyntaxException;

/**
 * Reads and checks an {@code evtlint.toml} (docs/configuration.md). Every mistake, from TOML syntax
 * to an unknown rule, is a {@link ConfigException} that points at its line and column: a
 * configuration that is silently half applied is worse than none.
 */
public final class ConfigReader {
    /** The values of {@code fail-on}, as the command line's {@code --fail-on} takes them. */
    public static final List<String> FAIL_ON_VALUES = List.of("error", "warning", "note", "never");

    private static final List<String> KEYS = List.of("select", "ignore", "severity", "per-path-ignores", "pg-version",
            "order", "fail-on", "known-functions", "exclude");
    private static final TomlMapper TOML = new TomlMapper();
    /** A configuration is a few lines; anything near this is not one. */
    static final int MAX_BYTES = 1024 * 1024;

    private final Function<String, Optional<RuleDescriptor>> findRule;
    private String displayName;
    private TomlPositions positions;

    /** Checks rule IDs and names against the rules of {@code registry}. */
    public ConfigReader(RuleRegistry registry) {
        this(registry::find);
    }

    /** @param findRule the rule with an ID or name, as {@link RuleRegistry#find} */
    ConfigReader(Function<String, Optional<RuleDescriptor>> findRule) {
        this.findRule = findRule;
    }

    /**
     * Reads {@code file}; {@code displayName} is how messages name it (relative to the working
     * directory when it is below it).
     */
    public EvtlintConfig read(Path file, String displayName) throws ConfigException {
        String text;
        try {
            text = ConfigText.read(file, MAX_BYTES);
        } catch (IOException e) {
            throw new ConfigException(displayName, "cannot read: " + IoFailure.reason(e));
        }
        return read(text, file.toAbsolutePath().normalize().getParent(), displayName);
    }

    /** Reads configuration {@code text} of a file in {@code folder}. */
    public EvtlintConfig read(String text, Path folder, String displayName) throws ConfigException {
        this.displayName = displayName;
        this.positions = new TomlPositions(text);
        JsonNode root = parse(text);
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!KEYS.contains(key)) {
                throw error(null, key, "unknown key '" + Printable.excerpt(key) + "'; the keys are " + String.join(", ", KEYS));
            }
        }
        return new EvtlintConfig(folder,
                rules(root, "select"),
                rules(root, "ignore"),
                severities(root),
                pathIgnores(root),
                pgVersion(root),
                order(root, folder),
                failOn(root),
                knownFunctions(root),
                excludes(root, folder));
    }

    private JsonNode parse(String text) throws ConfigException {
        try {
            JsonNode root = TOML.readTree(text);
            return root == null ? TOML.createObjectNode() : root;
        } catch (JacksonException e) {
            JsonLocation location = e.getLocation();
            String message = Printable.excerpt(e.getOriginalMessage().lines().findFirst().orElse("not valid TOML"),
                    Printable.MESSAGE_LENGTH);
            if (location == null || location.getLineNr() < 1) {
                throw new ConfigException(displayName, message);
            }
            throw new ConfigException(displayName, location.getLineNr(), Math.max(1, location.getColumnNr()), message);
        }
    }

    private Set<String> rules(JsonNode root, String key) throws ConfigException {
        JsonNode node = root.get(key);
        if (node == null) {
            return Set.of();
        }
        return ruleList(node, null, key);
    }

    /** An array of rule IDs or names, as IDs. */
    private Set<String> ruleList(JsonNode node, String table, String key) throws ConfigException {
        if (!node.isArray()) {
            throw error(table, key, "'" + key + "' must be an array of rule IDs or names, like [\"EVT101\", \"EVT601\"]");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw error(table, key, "'" + key + "' must hold strings, not " + Printable.excerpt(element.toString()));
            }
            ids.add(rule(table, key, element.asText(), true).id());
        }
        return ids;
    }

    private RuleDescriptor rule(String table, String key, String idOrName, boolean isValue) throws ConfigException {
        Optional<RuleDescriptor> rule = findRule.apply(idOrName);
        if (rule.isEmpty()) {
            String message = "unknown rule '" + Printable.excerpt(idOrName) + "'; 'evtlint rules' lists them";
            throw isValue ? errorAt(positions.value(table, key, idOrName), message) : error(table, key, message);
        }
        return rule.get();
    }

    private Map<String, Severity> severities(JsonNode root) throws ConfigException {
        JsonNode table = table(root, "severity", "[severity] maps rules to error, warning or note");
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : table.properties()) {
            String id = rule("severity", field.getKey(), field.getKey(), false).id();
            String value = field.getValue().isTextual() ? field.getValue().asText() : "";
            if (!List.of("error", "warning", "note").contains(value)) {
                throw error("severity", field.getKey(), "the severity of " + field.getKey()
                        + " must be \"error\", \"warning\" or \"note\", not " + Printable.excerpt(field.getValue().toString()));
            }
            severities.put(id, Severity.fromLabel(value));
        }
        return severities;
    }

    private List<PathIgnore> pathIgnores(JsonNode root) throws ConfigException {
        JsonNode table = table(root, "per-path-ignores", "[per-path-ignores] maps globs to lists of rules");
        List<PathIgnore> ignores = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : table.properties()) {
            try {
                new PathIgnore(field.getKey(), Set.of()).matches("probe.sql");
            } catch (PatternSyntaxException e) {
                // Its message spans three lines and repeats the glob: the description and index are the news.
                throw error("per-path-ignores", field.getKey(), "not a valid glob: " + e.getDescription()
                        + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
            } catch (IllegalArgumentException e) {
                throw error("per-path-ignores", field.getKey(), "not a valid glob: " + Printable.excerpt(e.getMessage()));
            }
            ignores.add(new PathIgnore(field.getKey(), ruleList(field.getValue(), "per-path-ignores", field.getKey())));
        }
        return ignores;
    }

    private JsonNode table(JsonNode root, String key, String expected) throws ConfigException {
        JsonNode node = root.get(key);
        if (node == null) {
            return TOML.createObjectNode();
        }
        if (!node.isObject()) {
            throw error(null, key, "'" + key + "' must be a table: " + expected);
        }
        return node;
    }

    private OptionalInt pgVersion(JsonNode root) throws ConfigException {
        JsonNode node = root.get("pg-version");
        if (node == null) {
            return OptionalInt.empty();
        }
        if (!node.isIntegralNumber() || !AnalysisRequest.supportsPgVersion(node.asInt())) {
            throw error(null, "pg-version", "'pg-version' must be a whole number from " + AnalysisRequest.MIN_PG_VERSION
                    + " to " + AnalysisRequest.MAX_PG_VERSION + ", not " + Printable.excerpt(node.toString()));
        }
        return OptionalInt.of(node.asInt());
    }

    private Optional<Path> order(JsonNode root, Path folder) throws ConfigException {
        JsonNode node = root.get("order");
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw error(null, "order", "'order' must be the path of a file that lists scripts in run order, not "
                    + Printable.excerpt(node.toString()));
        }
        String named = node.asText();
        try {
            return Optional.of(RepositoryPath.resolve(folder, named));
        } catch (RepositoryPath.Outside e) {
            throw error(null, "order", "'order' must name a file inside the repository, not "
                    + Printable.excerpt(named) + " (" + e.getMessage() + ")");
        } catch (NoSuchFileException e) {
            throw error(null, "order", "no such file: " + Printable.excerpt(named));
        }
    }

    private Optional<String> failOn(JsonNode root) throws ConfigException {
        JsonNode node = root.get("fail-on");
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual() || !FAIL_ON_VALUES.contains(node.asText())) {
            throw error(null, "fail-on", "'fail-on' must be one of " + String.join(", ", FAIL_ON_VALUES) + ", not "
                    + Printable.excerpt(node.toString()));
        }
        return Optional.of(node.asText());
    }

    private List<KnownFunction> knownFunctions(JsonNode root) throws ConfigException {
        JsonNode node = root.get("known-functions");
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw error(null, "known-functions", "'known-functions' must be an array like [\"audit.log_event(text)\"]");
        }
        List<KnownFunction> functions = new ArrayList<>();
        for (JsonNode element : node) {
            KnownFunction function = element.isTextual() ? KnownFunction.parse(element.asText()) : null;
            if (function == null) {
                throw errorAt(element.isTextual() ? positions.value(null, "known-functions", element.asText())
                                : positions.key(null, "known-functions"),
                        "not a function: " + Printable.excerpt(element.toString()) + "; write [schema.]name(argument types)");
            }
            functions.add(function);
        }
        return functions;
    }

    /** Globs of files and folders to leave out, each checked as a glob now rather than failing the walk later. */
    private List<String> excludes(JsonNode root, Path folder) throws ConfigException {
        JsonNode node = root.get("exclude");
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw error(null, "exclude", "'exclude' must be an array of globs, like [\"db/legacy/**\"]");
        }
        List<String> globs = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual() || element.asText().isBlank()) {
                throw error(null, "exclude", "'exclude' must hold globs, not " + Printable.excerpt(element.toString()));
            }
            try {
                new PathGlob(folder, element.asText());
            } catch (IllegalArgumentException e) {
                throw errorAt(positions.value(null, "exclude", element.asText()), "not a valid glob: "
                        + Printable.excerpt(e.getMessage().lines().findFirst().orElse("")));
            }
            globs.add(element.asText());
        }
        return globs;
    }

    private ConfigException error(String table, String key, String message) {
        return errorAt(positions.key(table, key), message);
    }

    private ConfigException errorAt(TomlPositions.Position position, String message) {
        return new ConfigException(displayName, position.line(), position.column(), message);
    }
}
