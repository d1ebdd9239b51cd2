package dev.evtlint.groundtruth;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PSQLException;

/**
 * Sends statements one by one, in autocommit, as psql does without ON_ERROR_STOP: a failing
 * statement is recorded and the next one runs. Keeps each statement's error and notices.
 */
final class ScriptRun {

    /** What the server answered to one statement: {@code error} is null when it succeeded. */
    record Result(SqlStatement statement, String error, List<String> notices) {
        boolean failed() {
            return error != null;
        }
    }

    private ScriptRun() {
    }

    static List<Result> run(Connection connection, List<SqlStatement> statements) throws SQLException {
        List<Result> results = new ArrayList<>();
        for (SqlStatement statement : statements) {
            results.add(run(connection, statement));
        }
        return results;
    }

    static Result run(Connection connection, SqlStatement sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try {
                statement.execute(sql.sql());
                return new Result(sql, null, notices(statement.getWarnings()));
            } catch (SQLException e) {
                return new Result(sql, serverMessage(e), notices(statement.getWarnings()));
            }
        }
    }

    /** The primary message as the server wrote it, without severity and detail. */
    static String serverMessage(SQLException e) {
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            return psql.getServerErrorMessage().getMessage();
        }
        return e.getMessage();
    }

    static List<String> notices(SQLWarning warning) {
        List<String> notices = new ArrayList<>();
        for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
            notices.add(w instanceof org.postgresql.util.PSQLWarning psql && psql.getServerErrorMessage() != null
                    ? psql.getServerErrorMessage().getMessage() : w.getMessage());
        }
        return notices;
    }
}
