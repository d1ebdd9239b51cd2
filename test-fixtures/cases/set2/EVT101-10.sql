-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Near-miss: the same, with the helper created after the trigger guarding its own INSERT.
CREATE TABLE IF NOT EXISTS seen (usr text, at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM mark_seen(session_user);
END $$;

DROP EVENT TRIGGER IF EXISTS on_login;
CREATE EVENT TRIGGER on_login ON login EXECUTE FUNCTION on_login();
ALTER EVENT TRIGGER on_login ENABLE ALWAYS;

-- helpers
CREATE OR REPLACE FUNCTION mark_seen(who text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_is_in_recovery() THEN
        INSERT INTO seen (usr) VALUES (who);
    END IF;
END $$;
