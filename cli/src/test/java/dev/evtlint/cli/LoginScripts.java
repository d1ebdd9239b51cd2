package dev.evtlint.cli;

/** Scripts that tests of whole processes share, so that each states the hazard once. */
final class LoginScripts {
    /** A login trigger whose function writes without a recovery check: one EVT101 error, exit 1. */
    static final String UNGUARDED_LOGIN_WRITE = """
            CREATE FUNCTION log_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO login_log VALUES (session_user, now());
            END $$;
            CREATE EVENT TRIGGER log_login ON login EXECUTE FUNCTION log_login();
            """;

    private LoginScripts() {
    }
}
