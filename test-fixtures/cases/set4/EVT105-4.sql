-- fixture: rules=EVT105 pg=18
-- verify: standby-after-removal
-- Hazard: the quoted mixed-case login trigger is disabled; standby logins fail until the next
-- primary login to the database clears dathasloginevt.
CREATE FUNCTION "Login_Audit"() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'login';
END $$;

CREATE EVENT TRIGGER "Login_Audit" ON login EXECUTE FUNCTION "Login_Audit"();
-- temporarily off during the migration
-- expect: EVT105
ALTER EVENT TRIGGER "Login_Audit" DISABLE;
