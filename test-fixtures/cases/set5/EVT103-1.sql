-- fixture: rules=EVT103 pg=18
-- No verify line: the claim is about time (a blocking advisory lock), which no check observes
-- (facts 6.1: cancelling the client does not cancel a running login trigger).
CREATE FUNCTION serialize_logins() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_is_in_recovery() THEN RETURN; END IF;
  -- expect: EVT103
  PERFORM pg_advisory_xact_lock(hashtext(session_user));
  RAISE NOTICE 'welcome %', session_user;
END $$;

CREATE EVENT TRIGGER serialize_logins ON login EXECUTE FUNCTION serialize_logins();
