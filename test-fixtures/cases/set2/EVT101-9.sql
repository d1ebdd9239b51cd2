-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- The helper the login function calls is created after the trigger, and it writes unguarded.
CREATE TABLE IF NOT EXISTS seen (usr text, at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM mark_seen(session_user);
END $$;

DROP EVENT TRIGGER IF EXISTS on_login;
CREATE EVENT TRIGGER on_login ON login EXECUTE FUNCTION on_login();
ALTER EVENT TRIGGER on_login ENABLE ALWAYS;

-- helpers
CREATE OR REPLACE FUNCTION mark_seen(who text) RETURNS void LANGUAGE sql AS $$
    INSERT INTO seen (usr) VALUES (who); -- expect: EVT101
$$;
