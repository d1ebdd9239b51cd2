-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- The guard tests the wrong setting: default_transaction_read_only is off on a standby too
-- (recovery makes each transaction read-only, not the default), so the write runs there.
CREATE TABLE IF NOT EXISTS access_log (usr text);

CREATE OR REPLACE FUNCTION log_access() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('default_transaction_read_only') = 'on' THEN
        RETURN;
    END IF;
    INSERT INTO access_log VALUES (session_user); -- expect: EVT101
END $$;

DROP EVENT TRIGGER IF EXISTS log_access;
CREATE EVENT TRIGGER log_access ON login EXECUTE FUNCTION log_access();
ALTER EVENT TRIGGER log_access ENABLE ALWAYS;
