package dev.evtlint.rule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The rules on the class path, found with {@link ServiceLoader}, each with its metadata and the
 * Markdown documentation that stands beside its class. A rule without either, or with either
 * malformed ({@link RuleMetadata}), is a build error, reported when the registry is loaded.
 */
public final class RuleRegistry {
    /** A rule with its descriptor. */
    public record RegisteredRule(RuleDescriptor descriptor, Rule rule) {
    }

    private final List<RegisteredRule> rules;

    private RuleRegistry(List<RegisteredRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Loads the rules visible to {@code loader}, sorted by ID. */
    public static RuleRegistry load(ClassLoader loader) {
        List<RegisteredRule> found = new ArrayList<>();
        for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
            found.add(new RegisteredRule(describe(rule.getClass()), rule));
        }
        found.sort(Comparator.comparing(r -> r.descriptor().id()));
        List<String> duplicates = RuleMetadata.duplicates(
                found.stream().map(r -> r.rule().getClass().getAnnotation(RuleMeta.class)).toList());
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException(String.join("; ", duplicates));
        }
        return new RuleRegistry(found);
    }

    public static RuleRegistry load() {
        return load(RuleRegistry.class.getClassLoader());
    }

    /** Reads the metadata annotation and the documentation of a rule class. */
    public static RuleDescriptor describe(Class<?> ruleClass) {
        RuleMeta meta = ruleClass.getAnnotation(RuleMeta.class);
        if (meta == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleMeta");
        }
        String resource = ruleClass.getSimpleName() + ".md";
        String documentation;
        try (InputStream in = ruleClass.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(ruleClass.getName() + " has no documentation " + resource);
            }
            documentation = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        List<String> problems = new ArrayList<>(RuleMetadata.problems(meta));
        problems.addAll(RuleMetadata.documentationProblems(meta, documentation));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(ruleClass.getName() + ": " + String.join("; ", problems));
        }
        return RuleDescriptor.of(meta, documentation);
    }

    public List<RegisteredRule> rules() {
        return rules;
    }

    public List<RuleDescriptor> descriptors() {
        return rules.stream().map(RegisteredRule::descriptor).toList();
    }

    /**
     * The IDs or names of the rules nearest to {@code idOrName}, which names none ({@link Nearest}):
     * an ID for a misspelt ID, a name for a misspelt name.
     */
    public List<String> nearest(String idOrName) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (RuleDescriptor descriptor : descriptors()) {
            byKey.put(descriptor.id().toLowerCase(Locale.ROOT), descriptor.id());
            byKey.put(descriptor.name(), descriptor.name());
        }
        return Nearest.all(idOrName.trim().toLowerCase(Locale.ROOT), byKey.keySet()).stream().map(byKey::get).toList();
    }

    /** The usage error for {@code idOrName}, which names no rule, with the rules nearest to it. */
    public String unknownRule(String idOrName) {
        return "unknown rule '" + idOrName.trim() + "'; " + Nearest.suggestion(nearest(idOrName)) + "'evtlint rules' lists them";
    }

    /** The rule with this ID or name, case-insensitive. */
    public Optional<RuleDescriptor> find(String idOrName) {
        String key = idOrName.trim().toLowerCase(Locale.ROOT);
        return descriptors().stream()
                .filter(d -> d.id().toLowerCase(Locale.ROOT).equals(key) || d.name().equals(key))
                .findFirst();
    }
}
