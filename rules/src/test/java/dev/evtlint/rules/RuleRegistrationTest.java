package dev.evtlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleRegistry;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registration the annotation processor writes from {@code @RuleMeta} holds every rule class of
 * this module, whatever its package, and the registry accepts them all (it refuses malformed
 * metadata or documentation, {@link dev.evtlint.rule.RuleMetadata}).
 */
class RuleRegistrationTest {
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void everyRuleClassOfTheModuleIsRegistered() throws IOException, ClassNotFoundException {
        Set<String> ruleClasses = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String binaryName = CLASSES.relativize(file).toString().replace(".class", "").replace('/', '.');
                Class<?> type = Class.forName(binaryName, false, getClass().getClassLoader());
                if (Rule.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                    ruleClasses.add(binaryName);
                }
            }
        }
        assertFalse(ruleClasses.isEmpty(), "no rule classes in " + CLASSES.toAbsolutePath());
        Set<String> registered = RuleRegistry.load().rules().stream()
                .map(r -> r.rule().getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ruleClasses, registered);
    }
}
