package dev.evtlint.script;

import dev.evtlint.ast.LineComment;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import java.util.List;

/**
 * One parsed script: its statements in order, the syntax errors found in it, its Liquibase
 * changesets when it is a formatted SQL changelog (else none), its psql include and connect
 * commands, each in text order, and its {@code --} comments outside quotes (those inside a PL/pgSQL body are the
 * body's, {@link dev.evtlint.ast.Part.PlPgSqlBody#lineComments()}), in text order. What the tool
 * that runs it makes of it (its name, its folder) is {@code dev.evtlint.layout}'s to say.
 */
public record ScriptFile(SourceFile source, List<Statement> statements, List<SyntaxError> syntaxErrors,
                         List<Changeset> changesets, List<PsqlInclude> includes, List<PsqlConnect> connects,
                         List<LineComment> lineComments) {

    public ScriptFile {
        statements = List.copyOf(statements);
        syntaxErrors = List.copyOf(syntaxErrors);
        changesets = List.copyOf(changesets);
        includes = List.copyOf(includes);
        connects = List.copyOf(connects);
        lineComments = List.copyOf(lineComments);
    }
}
