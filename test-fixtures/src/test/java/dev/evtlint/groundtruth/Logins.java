package dev.evtlint.groundtruth;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/** Opens and closes a connection: that is a login, which fires the database's login triggers. */
final class Logins {

    private Logins() {
    }

    /** Empty when the login succeeded, otherwise the server's reason for refusing it. */
    static Optional<String> attempt(PostgresServer server, String database) {
        return attempt(server, database, new Properties());
    }

    /** The same as the superuser with connection {@code settings}, such as {@code options=-c event_triggers=off}. */
    static Optional<String> attempt(PostgresServer server, String database, Properties settings) {
        try {
            server.connect(database, settings).close();
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(ScriptRun.serverMessage(e));
        }
    }
}
