-- fixture: rules=EVT102 pg=18
-- verify: login
-- The login function calls a checking helper that raises; nothing catches it, nobody is exempt.
CREATE SCHEMA IF NOT EXISTS guard;
CREATE TABLE IF NOT EXISTS guard.maintenance (active boolean NOT NULL);
INSERT INTO guard.maintenance VALUES (true);

CREATE OR REPLACE FUNCTION guard.assert_open() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT bool_or(active) FROM guard.maintenance) THEN
        -- expect: EVT102
        RAISE EXCEPTION 'database is in maintenance, try again later';
    END IF;
END $$;

CREATE OR REPLACE FUNCTION guard.on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM guard.assert_open();
END $$;

DROP EVENT TRIGGER IF EXISTS guard_login;
CREATE EVENT TRIGGER guard_login ON login EXECUTE FUNCTION guard.on_login();
