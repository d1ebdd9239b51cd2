package dev.evtlint.groundtruth;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * EVT503: after the script, a command that fires the triggers ({@code -- verify: privileges CREATE
 * TABLE t ()}) must succeed and leave privileges changed (grants on relations, schemas and
 * databases, role memberships, per-role settings), seen from a new session, when the rule reports
 * something; and leave them as they were when it reports nothing.
 */
final class PrivilegesCheck extends AfterScriptCheck {
    /** Everything a GRANT, REVOKE or ALTER ROLE in a trigger could change, as one comparable text. */
    private static final String PRIVILEGES = """
            SELECT coalesce(string_agg(entry, E'\\n' ORDER BY entry), '') FROM (
              SELECT 'relation ' || oid::regclass::text || ' ' || relacl::text FROM pg_class
              WHERE relacl IS NOT NULL AND relnamespace <> 'pg_catalog'::regnamespace
                AND relnamespace <> 'information_schema'::regnamespace
              UNION ALL SELECT 'schema ' || nspname || ' ' || nspacl::text FROM pg_namespace WHERE nspacl IS NOT NULL
              UNION ALL SELECT 'database ' || datname || ' ' || coalesce(datacl::text, '') FROM pg_database
              UNION ALL SELECT 'member ' || roleid::regrole::text || ' ' || member::regrole::text FROM pg_auth_members
              UNION ALL SELECT 'setting ' || coalesce(setrole::regrole::text, '-') || ' ' || array_to_string(setconfig, ',')
              FROM pg_db_role_setting
            ) privileges(entry)""";

    private final String command;

    PrivilegesCheck(String command) {
        this.command = requireCommand("privileges", command, "the SQL command that fires the triggers");
    }

    @Override
    Verdict afterScript(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        String before = privileges(database);
        ScriptRun.Result result;
        try (Connection connection = database.pair().primary().connect(database.name())) {
            result = ScriptRun.run(connection, SqlStatement.command(command));
        }
        String after = privileges(database);
        boolean changed = !before.equals(after);
        String evidence = Setup.findings(fixture) + "; " + command
                + (result.failed() ? " fails: " + result.error() : " succeeds") + " and "
                + (changed ? "leaves privileges changed: " + difference(before, after) : "leaves privileges as they were");
        boolean claimsChange = !fixture.findings().isEmpty();
        return Verdict.of(!result.failed() && claimsChange == changed, evidence);
    }

    private static String privileges(FixtureDatabase database) throws SQLException {
        try (Connection connection = database.pair().primary().connect(database.name());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(PRIVILEGES)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The entries that are new after the command. */
    private static String difference(String before, String after) {
        List<String> old = List.of(before.split("\n"));
        return String.join("; ", Arrays.stream(after.split("\n")).filter(entry -> !old.contains(entry)).toList());
    }
}
