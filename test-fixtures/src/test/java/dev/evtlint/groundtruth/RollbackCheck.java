package dev.evtlint.groundtruth;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * EVT303: a ddl_command_start trigger's audit row is lost when the command fails. After the
 * script, a command that succeeds must add rows to the audit table (the trigger does write), and
 * a command that fails must leave it as it was
 * ({@code -- verify: rollback audit.attempts CREATE TABLE t ()}: the audit table, then a command
 * that succeeds the first time and fails the second).
 */
final class RollbackCheck extends AfterScriptCheck {
    private final String table;
    private final String command;

    RollbackCheck(String argument) {
        String[] parts = argument.split("\\s+", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("'-- verify: rollback' needs the audit table and a command to run twice");
        }
        this.table = parts[0];
        this.command = parts[1];
    }

    @Override
    Verdict afterScript(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        try (Connection connection = database.pair().primary().connect(database.name())) {
            long before = count(connection);
            ScriptRun.Result first = ScriptRun.run(connection, SqlStatement.command(command));
            long afterSuccess = count(connection);
            ScriptRun.Result second = ScriptRun.run(connection, SqlStatement.command(command));
            long afterFailure = count(connection);
            String evidence = Setup.findings(fixture) + "; " + table + " had " + before + " rows, "
                    + afterSuccess + " after " + command + (first.failed() ? " (failed: " + first.error() + ")" : "")
                    + ", " + afterFailure + " after it again" + (second.failed() ? " failed: " + second.error() : " (succeeded)");
            if (fixture.findings().isEmpty()) {
                return Verdict.notApplicable(evidence + "; the rule claims nothing here");
            }
            boolean holds = !first.failed() && afterSuccess > before && second.failed() && afterFailure == afterSuccess;
            return Verdict.of(holds, evidence);
        }
    }

    private long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
