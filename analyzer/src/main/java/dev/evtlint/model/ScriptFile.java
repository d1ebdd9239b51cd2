package dev.evtlint.model;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import java.util.List;
import java.util.regex.Pattern;

/** One parsed script: its statements in order and the syntax errors found in it. */
public record ScriptFile(SourceFile source, List<Statement> statements, List<SyntaxError> syntaxErrors) {

    /** Flyway's versioned migrations, {@code V1_2__name.sql}; group 1 is the version. */
    public static final Pattern FLYWAY_VERSIONED = Pattern.compile("[Vv]([0-9][0-9._]*)__.*\\.sql");

    public ScriptFile {
        statements = List.copyOf(statements);
        syntaxErrors = List.copyOf(syntaxErrors);
    }

    /** The file's name without its folders. */
    public String fileName() {
        String path = source.displayPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Whether Flyway runs this file once, as a versioned migration, and never again. */
    public boolean isFlywayVersioned() {
        return FLYWAY_VERSIONED.matcher(fileName()).matches();
    }
}
