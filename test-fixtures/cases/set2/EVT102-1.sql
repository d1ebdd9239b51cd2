-- fixture: rules=EVT102 pg=18
-- verify: login
-- RAISE without a level is RAISE EXCEPTION; the exemption for a client application is no
-- exemption for superusers.
CREATE TABLE IF NOT EXISTS frozen (since timestamptz);
INSERT INTO frozen VALUES (now());

CREATE OR REPLACE FUNCTION freeze_check() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('application_name') = 'pg_dump' THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT FROM frozen) THEN
        RAISE 'database frozen since %', (SELECT max(since) FROM frozen); -- expect: EVT102
    END IF;
END $$;

DROP EVENT TRIGGER IF EXISTS freeze_check;
CREATE EVENT TRIGGER freeze_check ON login EXECUTE FUNCTION freeze_check();
