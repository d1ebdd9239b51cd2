-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Near-miss: IF/ELSE with the write in the ELSE of a recovery test through pg_catalog, and a
-- guard written "IS TRUE" in a second function the first calls.
CREATE TABLE IF NOT EXISTS login_count (usr text PRIMARY KEY, n bigint NOT NULL DEFAULT 0);

CREATE OR REPLACE FUNCTION bump(p text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF pg_catalog.pg_is_in_recovery() IS TRUE THEN
        RETURN;
    END IF;
    UPDATE login_count SET n = n + 1 WHERE usr = p;
END $$;

CREATE OR REPLACE FUNCTION count_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_catalog.pg_is_in_recovery() THEN
        RAISE DEBUG 'standby';
    ELSE
        INSERT INTO login_count (usr) VALUES (session_user) ON CONFLICT DO NOTHING;
        PERFORM bump(session_user);
    END IF;
END $$;

DROP EVENT TRIGGER IF EXISTS count_login;
CREATE EVENT TRIGGER count_login ON login EXECUTE FUNCTION count_login();
ALTER EVENT TRIGGER count_login ENABLE ALWAYS;
