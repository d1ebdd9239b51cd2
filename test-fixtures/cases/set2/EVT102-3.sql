-- fixture: rules=EVT102 pg=18
-- verify: login
-- The superuser test comes after the check that raises.
CREATE TABLE IF NOT EXISTS frozen (since timestamptz);
INSERT INTO frozen VALUES (now());

CREATE OR REPLACE FUNCTION freeze_check() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT FROM frozen) THEN
        RAISE EXCEPTION USING MESSAGE = 'database frozen', HINT = 'ask the DBA team'; -- expect: EVT102
    END IF;
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
        RETURN;
    END IF;
END $$;

DROP EVENT TRIGGER IF EXISTS freeze_check;
CREATE EVENT TRIGGER freeze_check ON login EXECUTE FUNCTION freeze_check();
