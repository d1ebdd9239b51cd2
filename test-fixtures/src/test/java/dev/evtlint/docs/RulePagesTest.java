package dev.evtlint.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/rules holds exactly the pages that the rules' documentation makes, byte for byte. With
 * {@code -Devtlint.rulePages=write} (what {@code scripts/rule-pages.sh} passes) it writes them instead.
 */
class RulePagesTest {
    private static final Path PAGES = Path.of("..").resolve(RuleDescriptor.PAGES);
    private static final boolean WRITE = "write".equals(System.getProperty("evtlint.rulePages"));

    @Test
    void everyPageIsMadeFromItsRulesDocumentation() throws IOException {
        Map<String, String> expected = RulePages.of(RuleRegistry.load());
        if (WRITE) {
            write(expected);
        }
        for (Map.Entry<String, String> page : expected.entrySet()) {
            Path file = PAGES.resolve(page.getKey());
            assertTrue(Files.isRegularFile(file), file + " is missing; run " + RulePages.COMMAND);
            assertEquals(page.getValue(), Files.readString(file), file + " is out of date; run " + RulePages.COMMAND);
        }
        assertEquals(new TreeSet<>(expected.keySet()), onDisk(), "docs/rules holds pages of no rule; run " + RulePages.COMMAND);
    }

    @Test
    void aPageKeepsTheDocumentationAndAddsTheMetadataAfterItsTitle() {
        RuleDescriptor rule = RuleRegistry.load().find("EVT501").orElseThrow();
        String page = RulePages.page(rule, "rules/X.md");
        String[] lines = page.split("\n", -1);
        assertEquals("<!-- Made from rules/X.md by scripts/rule-pages.sh: edit that file, then run the script. -->", lines[0]);
        assertEquals("# EVT501 security-definer-without-search-path", lines[1]);
        assertEquals("| " + rule.severity().label() + " | security | " + String.join(", ", rule.tags()) + " | "
                + rule.precision() + " | " + rule.since() + " |", lines[7]);
        assertTrue(page.contains("GitHub security severity: " + rule.securitySeverity() + ".\n"), page);
        String body = rule.documentation().substring(rule.documentation().indexOf('\n') + 1).strip();
        assertTrue(page.endsWith(body + "\n"), "the documentation after its title, unchanged");
    }

    @Test
    void theIndexLinksEveryRuleUnderItsCategory() {
        List<RuleDescriptor> rules = RuleRegistry.load().descriptors();
        String index = RulePages.index(rules);
        for (RuleDescriptor rule : rules) {
            assertTrue(index.contains("| [" + rule.id() + "](" + rule.id() + ".md) | " + rule.name() + " | "), rule.id());
        }
        assertTrue(index.indexOf("## Login triggers") < index.indexOf("[EVT101]"), index);
    }

    private static Set<String> onDisk() throws IOException {
        try (Stream<Path> files = Files.list(PAGES)) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
    }

    /** Writes the pages and removes those of rules that are gone. */
    private static void write(Map<String, String> pages) throws IOException {
        Files.createDirectories(PAGES);
        for (String stale : onDisk()) {
            if (!pages.containsKey(stale)) {
                Files.delete(PAGES.resolve(stale));
            }
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Files.writeString(PAGES.resolve(page.getKey()), page.getValue());
        }
    }
}
