package dev.evtlint.api;

import dev.evtlint.ast.Part;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayList;
import java.util.List;

/**
 * How evtlint splits and parses scripts ({@code evtlint parse}): a row for every statement and
 * every PL/pgSQL or SQL function body, with its command tag, whether it parsed, and the first syntax error in it.
 */
public final class ParseListing {

    /**
     * {@code kind} is "statement", "plpgsql-body" or "sql-body"; {@code message} is empty when {@code ok};
     * {@code statement} is the range of the statement itself, or of the one whose body the row is.
     */
    public record Row(String file, SourceRange range, String kind, String tag, boolean ok, String message,
                      SourceRange statement) {
    }

    /** The rows of all files, in path order, and the files that could not be read. */
    public record Result(List<Row> rows, List<ToolNotification> notifications) {
    }

    private ParseListing() {
    }

    /** The rows of the scripts the request names; its rule settings and run order play no part. */
    public static Result of(AnalysisRequest request) {
        ScriptLoader.Loaded loaded = ScriptLoader.load(request, Progress.NONE);
        List<Row> rows = new ArrayList<>();
        for (ScriptFile file : loaded.scripts()) {
            rows.addAll(rows(file));
        }
        return new Result(rows, loaded.notifications());
    }

    /** The rows of one parsed script: each statement, followed by its PL/pgSQL or SQL body if it has one. */
    public static List<Row> rows(ScriptFile file) {
        List<Row> rows = new ArrayList<>();
        for (Statement statement : file.statements()) {
            rows.add(statementRow(file, statement));
            Part.FunctionBody body = body(statement);
            if (body instanceof Part.PlPgSqlBody plpgsql) {
                String error = firstError(file, plpgsql.range());
                boolean ok = plpgsql.block() != null && error == null;
                rows.add(new Row(file.source().displayPath(), plpgsql.range(), "plpgsql-body", statement.commandTag(), ok,
                        ok ? "" : error, statement.range()));
            } else if (body instanceof Part.SqlFunctionBody sql) {
                String error = firstError(file, sql.range());
                rows.add(new Row(file.source().displayPath(), sql.range(), "sql-body", statement.commandTag(), error == null,
                        error == null ? "" : error, statement.range()));
            }
        }
        return rows;
    }

    private static Row statementRow(ScriptFile file, Statement statement) {
        String path = file.source().displayPath();
        if (statement instanceof Statement.Unparsed) {
            return new Row(path, statement.range(), "statement", statement.commandTag(), false,
                    firstError(file, statement.range()), statement.range());
        }
        return new Row(path, statement.range(), "statement", statement.commandTag(), true, "", statement.range());
    }

    private static Part.FunctionBody body(Statement statement) {
        if (statement instanceof Statement.CreateFunction function) {
            return function.body();
        }
        return statement instanceof Statement.Do block ? block.body() : null;
    }

    private static String firstError(ScriptFile file, SourceRange range) {
        for (SyntaxError error : file.syntaxErrors()) {
            if (range.contains(error.range())) {
                return error.message();
            }
        }
        return null;
    }
}
