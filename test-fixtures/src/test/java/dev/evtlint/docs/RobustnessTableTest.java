package dev.evtlint.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/robustness.md names, for each hostile input and output target, the test that proves what
 * evtlint does: every test it names exists, so that a renamed or deleted test cannot leave the
 * table pointing at nothing.
 */
class RobustnessTableTest {
    private static final Path ROOT = Path.of("..");
    private static final Path DOC = ROOT.resolve("docs/robustness.md");
    /** A test class, alone or with a method: {@code HostileInputsCliTest.anErrorIsOneLineAndExitCode3}, {@code PrintableTest}. */
    private static final Pattern NAMED_TEST = Pattern.compile("`([A-Z][A-Za-z0-9]*(?:Test|IT))(?:\\.([a-z][A-Za-z0-9]*))?`");

    @Test
    void everyTestTheRobustnessTableNamesExists() throws IOException {
        Map<String, List<Path>> testSources = testSources();
        Set<String> missing = new LinkedHashSet<>();
        int named = 0;
        Matcher test = NAMED_TEST.matcher(Files.readString(DOC));
        while (test.find()) {
            named++;
            List<Path> sources = testSources.getOrDefault(test.group(1), List.of());
            if (sources.isEmpty()) {
                missing.add(test.group());
            } else if (test.group(2) != null && !declares(sources, test.group(2))) {
                missing.add(test.group());
            }
        }
        assertTrue(named > 50, "the table names " + named + " tests");
        assertEquals(Set.of(), missing, "tests docs/robustness.md names that do not exist");
    }

    /** The test sources of every module, by class name. */
    private static Map<String, List<Path>> testSources() throws IOException {
        Map<String, List<Path>> sources = new HashMap<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path tests : modules.map(module -> module.resolve("src/test/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(tests)) {
                    files.filter(file -> file.toString().endsWith(".java")).forEach(file -> sources.computeIfAbsent(
                            file.getFileName().toString().replace(".java", ""), name -> new ArrayList<>()).add(file));
                }
            }
        }
        return sources;
    }

    private static boolean declares(List<Path> sources, String method) throws IOException {
        Pattern declaration = Pattern.compile("\\b(?:void|[A-Z][A-Za-z0-9<>]*)\\s+" + method + "\\s*\\(");
        for (Path source : sources) {
            if (declaration.matcher(Files.readString(source)).find()) {
                return true;
            }
        }
        return false;
    }
}
