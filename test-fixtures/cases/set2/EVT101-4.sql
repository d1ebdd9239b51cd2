-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- A per-session scratch table for the application: CREATE TEMP TABLE is DDL, refused on a standby.
CREATE OR REPLACE FUNCTION prepare_session() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    -- expect: EVT101
    CREATE TEMP TABLE IF NOT EXISTS session_ctx (k text PRIMARY KEY, v text);
END $$;

DROP EVENT TRIGGER IF EXISTS prepare_session;
CREATE EVENT TRIGGER prepare_session ON login EXECUTE FUNCTION prepare_session();
ALTER EVENT TRIGGER prepare_session ENABLE ALWAYS;
