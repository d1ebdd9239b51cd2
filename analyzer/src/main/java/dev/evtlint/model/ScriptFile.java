package dev.evtlint.model;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import java.util.List;

/** One parsed script: its statements in order and the syntax errors found in it. */
public record ScriptFile(SourceFile source, List<Statement> statements, List<SyntaxError> syntaxErrors) {

    public ScriptFile {
        statements = List.copyOf(statements);
        syntaxErrors = List.copyOf(syntaxErrors);
    }
}
