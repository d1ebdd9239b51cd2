-- fixture: rules=EVT102 pg=18
-- verify: login
-- Near-miss: the error is caught, its details logged with GET STACKED DIAGNOSTICS, not re-raised.
CREATE TABLE IF NOT EXISTS quota (usr text PRIMARY KEY, max_conn int);

CREATE OR REPLACE FUNCTION check_quota() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    msg text;
    lim int;
BEGIN
    SELECT max_conn INTO STRICT lim FROM quota WHERE usr = session_user;
    IF (SELECT count(*) FROM pg_stat_activity WHERE usename = session_user) > lim THEN
        RAISE EXCEPTION 'too many connections for %', session_user;
    END IF;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
    RAISE WARNING 'quota check skipped: %', msg;
END $$;

DROP EVENT TRIGGER IF EXISTS check_quota;
CREATE EVENT TRIGGER check_quota ON login EXECUTE FUNCTION check_quota();
