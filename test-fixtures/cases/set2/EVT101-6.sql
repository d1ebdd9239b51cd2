-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Dynamic SQL into a per-database log table: an EXECUTE that is not provably read-only.
CREATE SCHEMA IF NOT EXISTS logs;
CREATE TABLE IF NOT EXISTS logs.connections (who text, db text);

CREATE OR REPLACE FUNCTION logs.on_connect() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    target text := 'connections';
BEGIN
    EXECUTE format('INSERT INTO logs.%I (who, db) VALUES ($1, $2)', target) -- expect: EVT101
        USING session_user, current_database();
END $$;

DROP EVENT TRIGGER IF EXISTS logs_on_connect;
CREATE EVENT TRIGGER logs_on_connect ON login EXECUTE FUNCTION logs.on_connect();
ALTER EVENT TRIGGER logs_on_connect ENABLE ALWAYS;
