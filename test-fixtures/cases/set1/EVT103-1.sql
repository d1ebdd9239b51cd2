-- fixture: rules=EVT103 pg=18
-- No verify line: a slow login is not an error the harness observes. Fact 6.1: cancelling the
-- client does not cancel a running login trigger, so a sleep holds every connection attempt.
CREATE OR REPLACE FUNCTION throttle_login() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF session_user LIKE 'batch_%' THEN
        -- slow down the batch users a bit
        PERFORM pg_sleep(2); -- expect: EVT103 col 9
    END IF;
END $$;

DROP EVENT TRIGGER IF EXISTS throttle_login;
CREATE EVENT TRIGGER throttle_login ON login EXECUTE FUNCTION throttle_login();
