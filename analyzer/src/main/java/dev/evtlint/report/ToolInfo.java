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
