package dev.evtlint.layout;

import dev.evtlint.ast.SourceFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's naming of extension scripts: {@code name--version.sql}, and the update script
 * {@code name--old--new.sql}. CREATE EXTENSION runs them once per installation; what they create
 * belongs to the extension.
 */
public final class ExtensionScripts {
    /** Group 1 is the extension. */
    private static final Pattern SCRIPT = Pattern.compile("(.+?)--.+\\.sql");
    private static final Pattern UPDATE_SCRIPT = Pattern.compile(".+?--.+--.+\\.sql");

    private ExtensionScripts() {
    }

    /** The extension {@code file} is a script of, by its name, or null. */
    public static String extensionName(SourceFile file) {
        Matcher matcher = SCRIPT.matcher(file.fileName());
        return matcher.matches() ? matcher.group(1) : null;
    }

    /**
     * Whether {@code file} is an extension's update script, {@code name--old--new.sql}: ALTER
     * EXTENSION UPDATE runs it only where version {@code old}, with all it created, is installed.
     */
    public static boolean isUpdateScript(SourceFile file) {
        return UPDATE_SCRIPT.matcher(file.fileName()).matches();
    }
}
