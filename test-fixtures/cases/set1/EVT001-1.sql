-- fixture: rules=EVT001,EVT101 pg=18
-- No verify line (a claim about evtlint itself). The suppression is above a guarded write: there
-- is nothing for it to suppress.
CREATE TABLE IF NOT EXISTS logins (usr text);
CREATE OR REPLACE FUNCTION on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_is_in_recovery() THEN
        RETURN;
    END IF;
    -- expect: EVT001
    -- evtlint-ignore EVT101 standbys are guarded above
    INSERT INTO logins VALUES (session_user);
END $$;
CREATE EVENT TRIGGER on_login ON login EXECUTE FUNCTION on_login();
