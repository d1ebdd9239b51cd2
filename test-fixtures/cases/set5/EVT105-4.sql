-- fixture: rules=EVT105 pg=18
-- verify: standby-replica-lockout
-- Near-miss: ENABLE ALWAYS fires in ordinary sessions too, so standby logins run the trigger
-- and are accepted (facts 3: origin sessions fire O and A).
CREATE FUNCTION every_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'hello %', session_user;
END $$;
CREATE EVENT TRIGGER every_login ON login EXECUTE FUNCTION every_login();
ALTER EVENT TRIGGER every_login ENABLE ALWAYS;
