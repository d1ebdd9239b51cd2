package dev.evtlint.groundtruth;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * A fresh database for one fixture on a server pair, created from template0 on the primary, so
 * that no fixture sees another's functions and triggers. Closing it drops the database (its event
 * triggers, login triggers included, go with it; the harness never connects to it afterwards) and
 * the roles the fixture created, which are shared by the whole server.
 */
final class FixtureDatabase implements AutoCloseable {
    private static int counter;

    private final ReplicatedPair pair;
    private final String name;
    private final Set<String> rolesBefore;

    private FixtureDatabase(ReplicatedPair pair, String name, Set<String> rolesBefore) {
        this.pair = pair;
        this.name = name;
        this.rolesBefore = rolesBefore;
    }

    static synchronized FixtureDatabase create(ReplicatedPair pair) throws SQLException {
        String name = "fixture_" + (++counter);
        try (Connection admin = pair.primary().connect(ReplicatedPair.ADMIN_DATABASE);
             Statement statement = admin.createStatement()) {
            Set<String> roles = roles(statement);
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0");
            return new FixtureDatabase(pair, name, roles);
        }
    }

    String name() {
        return name;
    }

    ReplicatedPair pair() {
        return pair;
    }

    /**
     * Waits until no session is connected to the database on the primary: a closed JDBC connection's
     * backend may still be exiting, and while it holds its lock on the database a new login cannot
     * take the conditional AccessExclusiveLock it needs to clear pg_database.dathasloginevt.
     */
    void awaitNoSessions() throws SQLException, InterruptedException {
        pair.awaitTrue(pair.primary(), "SELECT NOT EXISTS (SELECT FROM pg_stat_activity WHERE datname = '" + name + "')",
                "the sessions of " + name + " to end");
    }

    /** pg_database.dathasloginevt of the database, as the primary has it. */
    boolean hasLoginEventTriggersFlag() throws SQLException {
        try (Connection admin = pair.primary().connect(ReplicatedPair.ADMIN_DATABASE);
             Statement statement = admin.createStatement();
             ResultSet rs = statement.executeQuery("SELECT dathasloginevt FROM pg_database WHERE datname = '" + name + "'")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = pair.primary().connect(ReplicatedPair.ADMIN_DATABASE);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
            for (String role : roles(statement)) {
                if (!rolesBefore.contains(role)) {
                    statement.execute("DROP ROLE " + quoteIdent(role));
                }
            }
        }
    }

    private static Set<String> roles(Statement statement) throws SQLException {
        Set<String> roles = new HashSet<>();
        try (ResultSet rs = statement.executeQuery("SELECT rolname FROM pg_roles")) {
            while (rs.next()) {
                roles.add(rs.getString(1));
            }
        }
        return roles;
    }

    static String quoteIdent(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
