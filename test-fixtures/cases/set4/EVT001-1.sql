-- fixture: rules=EVT001 pg=18
-- No verify line: suppressions are evtlint's own syntax, no server behaviour.
-- Hazard: the write is guarded, so the suppression above it suppresses nothing.
CREATE TABLE logins (usename name, at timestamptz);

CREATE FUNCTION note_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_is_in_recovery() THEN
        RETURN;
    END IF;
    -- expect: EVT001
    -- evtlint-ignore EVT101 standbys never run this
    INSERT INTO logins VALUES (session_user, now());
END $$;

CREATE EVENT TRIGGER note_login ON login EXECUTE FUNCTION note_login();
