-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Near-miss: the guard result comes through SELECT ... INTO STRICT and IS TRUE, and the function is
-- replaced (CREATE OR REPLACE) by a guarded body before the trigger is created.
CREATE TABLE visits (usename name, at timestamptz);

CREATE OR REPLACE FUNCTION note_visit() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'placeholder';
END $$;

CREATE OR REPLACE FUNCTION note_visit() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    replica boolean;
BEGIN
    SELECT pg_is_in_recovery() INTO STRICT replica;
    IF replica IS TRUE THEN
        RETURN;
    END IF;
    INSERT INTO visits SELECT session_user, now();
END $$;

CREATE EVENT TRIGGER note_visit ON login EXECUTE FUNCTION note_visit();
