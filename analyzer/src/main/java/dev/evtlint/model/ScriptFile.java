package dev.evtlint.model;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One parsed script: its statements in order and the syntax errors found in it. */
public record ScriptFile(SourceFile source, List<Statement> statements, List<SyntaxError> syntaxErrors) {

    /** Flyway's versioned migrations, {@code V1_2__name.sql}; group 1 is the version. */
    public static final Pattern FLYWAY_VERSIONED = Pattern.compile("[Vv]([0-9][0-9._]*)__.*\\.sql");

    /** Extension scripts, {@code name--version.sql} or the update script {@code name--old--new.sql}; group 1 is the extension. */
    private static final Pattern EXTENSION_SCRIPT = Pattern.compile("(.+?)--.+\\.sql");

    public ScriptFile {
        statements = List.copyOf(statements);
        syntaxErrors = List.copyOf(syntaxErrors);
    }

    /** Whether Flyway runs this file once, as a versioned migration, and never again. */
    public boolean isFlywayVersioned() {
        return FLYWAY_VERSIONED.matcher(source.fileName()).matches();
    }

    /**
     * The extension {@code file} is a script of, by PostgreSQL's naming of extension scripts, or
     * null: what it creates belongs to that extension.
     */
    public static String extensionName(SourceFile file) {
        Matcher matcher = EXTENSION_SCRIPT.matcher(file.fileName());
        return matcher.matches() ? matcher.group(1) : null;
    }
}
