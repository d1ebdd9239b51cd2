package dev.evtlint.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * scripts/set-version.sh, run on a copy of the repository's files (what git tracks or would track)
 * in a temporary folder: after a release version no SNAPSHOT is left anywhere.
 */
class SetVersionTest {
    private static final Path REPOSITORY = Path.of(System.getProperty("evtlint.repository")).normalize();
    private static final Pattern SNAPSHOT_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+-SNAPSHOT");
    private static final Path SCRIPT = Path.of("scripts/set-version.sh");
    /**
     * Files that show SNAPSHOT versions as examples (of the script's argument, of how a snapshot
     * links its rule pages), never as evtlint's version.
     */
    private static final Set<Path> SNAPSHOT_EXAMPLES = Set.of(SCRIPT, Path.of("docs/release.md"),
            Path.of("dist/src/test/java/dev/evtlint/dist/SetVersionTest.java"),
            Path.of("analyzer/src/test/java/dev/evtlint/report/ToolInfoTest.java"));
    /** action.yml as the GitHub action writes its version: the input's default and an environment variable. */
    private static final String ACTION = """
            inputs:
              version:
                default: '0.0.9'
              fail-on:
                default: 'error'
            env:
              EVTLINT_VERSION: 0.0.9
            """;

    @TempDir
    Path copy;

    @BeforeEach
    void copyRepository() throws IOException, InterruptedException {
        Processes.Result files = Processes.run(REPOSITORY, Map.of(),
                List.of("git", "ls-files", "--cached", "--others", "--exclude-standard"));
        assertEquals(0, files.exitCode(), files::toString);
        for (String name : files.out().lines().toList()) {
            Path source = REPOSITORY.resolve(name);
            if (Files.isRegularFile(source)) {
                Path target = copy.resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
            }
        }
        if (!Files.exists(copy.resolve("action.yml"))) {
            Files.writeString(copy.resolve("action.yml"), ACTION);
        }
    }

    @Test
    void aReleaseVersionLeavesNoSnapshot() throws Exception {
        String actionBefore = read("action.yml");
        assertEquals(0, setVersion("9.8.7").exitCode());

        assertEquals(List.of(), filesWithASnapshotVersion());
        for (Path pom : reactorPoms()) {
            assertEquals("9.8.7", projectVersion(pom), pom.toString());
        }
        assertTrue(read("README.md").contains("""
                  <artifactId>evtlint-maven-plugin</artifactId>
                  <version>9.8.7</version>
                """), "README's Maven plugin snippet");
        // The repository's action.yml (or the sample, before the action exists): its version is
        // the new one, written in either convention, and no other line changed.
        String action = read("action.yml");
        assertTrue(action.contains("default: '9.8.7'"), action);
        if (actionBefore.contains("EVTLINT_VERSION:")) {
            assertTrue(action.contains("EVTLINT_VERSION: 9.8.7"), action);
        }
        List<String> before = actionBefore.lines().toList();
        List<String> after = action.lines().toList();
        assertEquals(before.size(), after.size(), action);
        for (int i = 0; i < before.size(); i++) {
            String line = after.get(i);
            assertTrue(line.equals(before.get(i)) || line.matches("\\s*(default: '|EVTLINT_VERSION: )9\\.8\\.7'?"),
                    "only the version changes: " + before.get(i) + " -> " + line);
        }
    }

    @Test
    void aSnapshotVersionChangesThePomsAndLeavesTheLastReleaseToUsers() throws Exception {
        setVersion("9.8.7");
        String readme = read("README.md");
        String action = read("action.yml");

        assertEquals(0, setVersion("9.9.0-SNAPSHOT").exitCode());

        for (Path pom : reactorPoms()) {
            assertEquals("9.9.0-SNAPSHOT", projectVersion(pom), pom.toString());
        }
        assertEquals(readme, read("README.md"));
        assertEquals(action, read("action.yml"));
    }

    @Test
    void refusesWhatIsNoVersionAndChangesNothing() throws Exception {
        String pom = read("pom.xml");
        for (String wrong : List.of("1.2", "v1.2.0", "1.2.0 ")) {
            Processes.Result result = setVersion(wrong);
            assertEquals(2, result.exitCode(), result::toString);
            assertTrue(result.err().contains("is no version"), result::toString);
        }
        assertEquals(2, Processes.run(copy, Map.of(), List.of("sh", SCRIPT.toString())).exitCode());
        assertEquals(pom, read("pom.xml"));
    }

    private Processes.Result setVersion(String version) throws IOException, InterruptedException {
        // From another folder: the script finds the repository from its own place.
        return Processes.run(copy.resolve("docs"), Map.of(), List.of("sh", "../" + SCRIPT, version));
    }

    private List<String> filesWithASnapshotVersion() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (SNAPSHOT_EXAMPLES.contains(copy.relativize(file))) {
                    continue;
                }
                Matcher matcher = SNAPSHOT_VERSION.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                if (matcher.find()) {
                    found.add(copy.relativize(file) + ": " + matcher.group());
                }
            }
        }
        return found;
    }

    /** The root POM and its modules': every POM the build reads. */
    private List<Path> reactorPoms() throws Exception {
        List<Path> poms = new ArrayList<>(List.of(copy.resolve("pom.xml")));
        var modules = parse(copy.resolve("pom.xml")).getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            poms.add(copy.resolve(modules.item(i).getTextContent()).resolve("pom.xml"));
        }
        assertTrue(poms.size() > 5, poms::toString);
        return poms;
    }

    /** The version a POM builds: its own, else its parent's. */
    private static String projectVersion(Path pom) throws Exception {
        Element project = parse(pom);
        for (var child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals("version")) {
                return element.getTextContent();
            }
        }
        return ((Element) project.getElementsByTagName("parent").item(0))
                .getElementsByTagName("version").item(0).getTextContent();
    }

    private static Element parse(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    }

    private String read(String name) throws IOException {
        return Files.readString(copy.resolve(name));
    }
}
