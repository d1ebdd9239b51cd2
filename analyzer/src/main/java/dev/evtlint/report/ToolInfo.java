package dev.evtlint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The tool's identity as reports and {@code --version} show it. The version comes from a resource
 * that the build fills in, so it is right in tests and IDEs too, where no jar manifest exists.
 */
public final class ToolInfo {
    /** The driver name in SARIF; part of GitHub's analysis key, so it must never change. */
    public static final String NAME = "evtlint";

    private static final String RESOURCE = "tool.properties";
    private static final Properties PROPERTIES = load();

    private ToolInfo() {
    }

    public static String version() {
        return property("version");
    }

    /** The project's home, as the POMs declare it: where the sources and the rule pages live. */
    public static String home() {
        return property("home");
    }

    /**
     * The address of a file of evtlint's repository as of this version: a release's tag
     * ({@code v<version>}, what the release workflow runs on), the main branch for a snapshot.
     * Pinned, so that a report links the rule's page as the version that reported it wrote it.
     */
    public static String repositoryFile(String path) {
        return repositoryFile(home(), version(), path);
    }

    static String repositoryFile(String home, String version, String path) {
        String revision = version.endsWith("-SNAPSHOT") ? "main" : "v" + version;
        return home + "/blob/" + revision + "/" + path;
    }

    private static String property(String key) {
        String value = PROPERTIES.getProperty(key);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(RESOURCE + " has no " + key + "; was it filtered by the build?");
        }
        return value;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return properties;
    }
}
