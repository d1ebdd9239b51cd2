-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Near-miss: the recovery check lives in a SQL helper (fact 12.4); the insert never runs on a standby.
CREATE SCHEMA IF NOT EXISTS ops;
CREATE TABLE ops.login_history (usename name, seen_at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION ops.on_standby() RETURNS boolean
LANGUAGE sql STABLE AS 'SELECT pg_catalog.pg_is_in_recovery()';

CREATE OR REPLACE FUNCTION ops.track_login() RETURNS event_trigger
LANGUAGE plpgsql AS $body$
BEGIN
    IF ops.on_standby() THEN
        RETURN;
    END IF;
    INSERT INTO ops.login_history (usename) VALUES (session_user);
END;
$body$;

CREATE EVENT TRIGGER track_login ON login EXECUTE FUNCTION ops.track_login();
ALTER EVENT TRIGGER track_login ENABLE ALWAYS;
