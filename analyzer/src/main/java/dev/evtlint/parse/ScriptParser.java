package dev.evtlint.parse;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import dev.evtlint.model.ScriptFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a whole script: splits it into statements like psql, parses each with the SQL grammar
 * (function bodies with the PL/pgSQL grammar), and keeps going after a statement that fails.
 */
public final class ScriptParser {

    public ScriptFile parse(SourceFile file) {
        ScriptSplitter.Result split = ScriptSplitter.split(file.text());
        List<SyntaxError> errors = new ArrayList<>();
        SqlParsing parsing = new SqlParsing(errors::add);
        List<Statement> statements = new ArrayList<>(split.segments().size());
        for (ScriptSplitter.Segment segment : split.segments()) {
            TextSlice slice = TextSlice.inFile(file, split.text(), segment.start(), segment.end());
            statements.add(parseGuarded(parsing, slice, errors));
        }
        return new ScriptFile(file, statements, errors, split.changesets());
    }

    /** A statement nested beyond what the parser's stack holds is a syntax error of its own, not a crash. */
    private static Statement parseGuarded(SqlParsing parsing, TextSlice slice, List<SyntaxError> errors) {
        try {
            return parsing.statement(slice);
        } catch (StackOverflowError tooDeep) {
            errors.add(new SyntaxError(slice.range(0, Math.min(1, slice.length())),
                    "statement is nested too deeply to analyse"));
            return new Statement.Unparsed(slice.range(0, slice.length()), CommandTags.of(slice), true);
        }
    }
}
