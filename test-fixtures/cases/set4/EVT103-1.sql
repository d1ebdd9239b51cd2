-- fixture: rules=EVT103 pg=18
-- No verify line: the claim is about waiting time, which no check observes. pg_advisory_lock waits
-- for the holder (facts 6.1: cancelling the client does not cancel the login trigger);
-- pg_try_advisory_lock returns at once.
CREATE FUNCTION serialize_logins() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_try_advisory_lock(hashtext('login-stats')) THEN
        PERFORM pg_advisory_unlock(hashtext('login-stats'));
    END IF;
    -- expect: EVT103
    PERFORM pg_advisory_lock(hashtext(session_user));
    PERFORM pg_advisory_unlock(hashtext(session_user));
END $$;

CREATE EVENT TRIGGER serialize_logins ON login EXECUTE FUNCTION serialize_logins();
