package dev.evtlint.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What Maven Central requires of every POM it receives (name, description, url, licences, scm,
 * developers): the parent POM declares what the modules inherit, each module names and describes
 * itself, and each inherits from the parent. The release profile signs and uploads
 * (docs/release.md).
 */
class CentralMetadataTest {
    private static final Path REPOSITORY = Path.of(System.getProperty("evtlint.repository")).normalize();

    @Test
    void theParentDeclaresWhatEveryModuleInherits() throws Exception {
        Element parent = parse(REPOSITORY.resolve("pom.xml"));
        assertTrue(text(parent, "url").startsWith("https://"));
        assertEquals("Apache-2.0", text(child(child(parent, "licenses"), "license"), "name"));
        Element scm = child(parent, "scm");
        for (String field : List.of("connection", "developerConnection", "url")) {
            assertFalse(text(scm, field).isBlank(), field);
        }
        assertFalse(text(child(child(parent, "developers"), "developer"), "name").isBlank());
    }

    @Test
    void everyModuleNamesAndDescribesItselfAndInheritsFromTheParent() throws Exception {
        Element root = parse(REPOSITORY.resolve("pom.xml"));
        List<String> modules = new ArrayList<>();
        for (Node module = child(root, "modules").getFirstChild(); module != null; module = module.getNextSibling()) {
            if (module instanceof Element element) {
                modules.add(element.getTextContent());
            }
        }
        assertTrue(modules.size() > 5, modules::toString);
        for (String module : modules) {
            Element pom = parse(REPOSITORY.resolve(module).resolve("pom.xml"));
            assertFalse(text(pom, "name").isBlank(), module + ": <name>");
            assertFalse(text(pom, "description").isBlank(), module + ": <description>");
            assertEquals(text(root, "artifactId"), text(child(pom, "parent"), "artifactId"), module + ": <parent>");
        }
    }

    @Test
    void theReleaseProfileSignsAndUploadsWithSourcesAndJavadoc() throws Exception {
        Element release = null;
        for (Node profile = child(parse(REPOSITORY.resolve("pom.xml")), "profiles").getFirstChild();
                profile != null; profile = profile.getNextSibling()) {
            if (profile instanceof Element element && text(element, "id").equals("release")) {
                release = element;
            }
        }
        assertTrue(release != null, "a release profile");
        List<String> plugins = new ArrayList<>();
        for (Node plugin = child(child(release, "build"), "plugins").getFirstChild(); plugin != null;
                plugin = plugin.getNextSibling()) {
            if (plugin instanceof Element element) {
                plugins.add(text(element, "artifactId"));
            }
        }
        assertEquals(List.of("maven-source-plugin", "maven-javadoc-plugin", "maven-gpg-plugin",
                "central-publishing-maven-plugin"), plugins);
    }

    private static Element parse(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    }

    /** The direct child element of that name; fails when there is none. */
    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new AssertionError("<" + parent.getTagName() + "> has no <" + name + ">");
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().trim();
    }
}
