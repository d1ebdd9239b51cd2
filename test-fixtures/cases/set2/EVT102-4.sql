-- fixture: rules=EVT102 pg=18
-- verify: login
-- Near-miss: the login function catches what its helper raises (WHEN raise_exception).
CREATE TABLE IF NOT EXISTS frozen (since timestamptz);
INSERT INTO frozen VALUES (now());

CREATE OR REPLACE FUNCTION assert_not_frozen() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT FROM frozen) THEN
        RAISE EXCEPTION 'database frozen';
    END IF;
END $$;

CREATE OR REPLACE FUNCTION freeze_check() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM assert_not_frozen();
EXCEPTION WHEN raise_exception THEN
    RAISE WARNING 'login during freeze: %', SQLERRM;
END $$;

DROP EVENT TRIGGER IF EXISTS freeze_check;
CREATE EVENT TRIGGER freeze_check ON login EXECUTE FUNCTION freeze_check();
