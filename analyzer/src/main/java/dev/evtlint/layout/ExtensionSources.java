package dev.evtlint.layout;

import dev.evtlint.ast.Statement;
import dev.evtlint.script.ScriptFile;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Extension scripts that are not named {@code extension--version.sql} ({@link ExtensionScripts#extensionName}):
 * the sources of an extension (the {@code sql/*.sql} files its Makefile joins into the install
 * script, or an install script kept under another name). CREATE EXTENSION runs them once per
 * installation. Evidence of either kind:
 * <ul>
 * <li>an extension's control file ({@link ExtensionControl}) in the script's folder or a folder
 * above it in the {@link AnalysedTree};</li>
 * <li>a {@code LANGUAGE c} function of the script whose object file is the extension's
 * ({@code AS '$libdir/...'} or {@code AS 'MODULE_PATHNAME'}, which only CREATE EXTENSION replaces).</li>
 * </ul>
 */
final class ExtensionSources {
    private static final Pattern EXTENSION_OBJECT_FILE = Pattern.compile("\\$libdir/|MODULE_PATHNAME");

    private ExtensionSources() {
    }

    static boolean holds(ScriptFile file) {
        return !ExtensionControl.of(file.source()).isEmpty() || definesExtensionCFunction(file);
    }

    private static boolean definesExtensionCFunction(ScriptFile file) {
        return file.statements().stream().anyMatch(statement -> statement instanceof Statement.CreateFunction function
                && function.language() != null && function.language().toLowerCase(Locale.ROOT).equals("c")
                && function.body() != null
                && EXTENSION_OBJECT_FILE.matcher(file.source().text(function.body().range())).find());
    }
}
