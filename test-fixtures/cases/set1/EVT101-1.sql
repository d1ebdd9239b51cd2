-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Login audit whose "guard" sits inside the INSERT itself: the statement still starts on a standby
-- and is refused before it looks at any row (fact 12.2).
CREATE SCHEMA IF NOT EXISTS ops;
CREATE TABLE IF NOT EXISTS ops.login_log (
    usr      name        NOT NULL,
    seen_at  timestamptz NOT NULL DEFAULT now(),
    client   inet
);

CREATE OR REPLACE FUNCTION ops.log_login() RETURNS event_trigger
LANGUAGE plpgsql AS $body$
BEGIN
    -- only log on the primary, standbys are read only
    -- expect: EVT101 "INSERT"
    INSERT INTO ops.login_log (usr, client)
    SELECT session_user, inet_client_addr()
    WHERE NOT pg_is_in_recovery();
END;
$body$;

DROP EVENT TRIGGER IF EXISTS log_login;
CREATE EVENT TRIGGER log_login ON login EXECUTE FUNCTION ops.log_login();
ALTER EVENT TRIGGER log_login ENABLE ALWAYS;
