package dev.evtlint.groundtruth;

import java.sql.SQLException;
import java.util.Optional;

/** Opens and closes a connection: that is a login, which fires the database's login triggers. */
final class Logins {

    private Logins() {
    }

    /** Empty when the login succeeded, otherwise the server's reason for refusing it. */
    static Optional<String> attempt(PostgresServer server, String database) {
        try {
            server.connect(database).close();
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(ScriptRun.serverMessage(e));
        }
    }
}
