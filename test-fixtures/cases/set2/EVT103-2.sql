-- fixture: rules=EVT103 pg=18
-- No verify line (timing). Near-miss: NOWAIT and SKIP LOCKED never wait; a system view is not a
-- user table that grows with the business.
CREATE TABLE IF NOT EXISTS seats (usr text PRIMARY KEY, taken boolean);

CREATE OR REPLACE FUNCTION claim_seat() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    s record;
    others int;
BEGIN
    IF pg_is_in_recovery() THEN
        RETURN;
    END IF;
    SELECT count(*) INTO others FROM pg_stat_activity WHERE usename = session_user;
    SELECT * INTO s FROM seats WHERE usr = session_user FOR UPDATE NOWAIT;
    PERFORM 1 FROM seats WHERE taken LIMIT 1 FOR UPDATE SKIP LOCKED;
END $$;

CREATE EVENT TRIGGER claim_seat ON login EXECUTE FUNCTION claim_seat();
