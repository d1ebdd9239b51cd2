-- fixture: rules=EVT103 pg=18
-- No verify line (timing). Row locks and a table lock that wait behind any other session (fact 6.1:
-- a login trigger cannot be cancelled by the client).
CREATE TABLE IF NOT EXISTS seats (usr text PRIMARY KEY, taken boolean);

CREATE OR REPLACE FUNCTION claim_seat() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    s record;
BEGIN
    IF pg_is_in_recovery() THEN
        RETURN;
    END IF;
    LOCK TABLE seats IN SHARE ROW EXCLUSIVE MODE; -- expect: EVT103
    SELECT * INTO s FROM seats WHERE usr = session_user FOR UPDATE; -- expect: EVT103
    UPDATE seats SET taken = true WHERE usr = session_user;
END $$;

CREATE EVENT TRIGGER claim_seat ON login EXECUTE FUNCTION claim_seat();
