-- fixture: rules=EVT105 pg=18
-- verify: standby-after-removal
-- Hazard: a deploy script retires the login trigger; until the next login to this database on the
-- primary, standby logins fail (facts 6.3).
CREATE FUNCTION greet_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'welcome %', session_user;
END $$;
CREATE EVENT TRIGGER greet_login ON login EXECUTE FUNCTION greet_login();
ALTER EVENT TRIGGER greet_login ENABLE ALWAYS;

-- release 2: the greeting is gone
-- expect: EVT105
DROP EVENT TRIGGER IF EXISTS greet_login;
DROP FUNCTION IF EXISTS greet_login();
