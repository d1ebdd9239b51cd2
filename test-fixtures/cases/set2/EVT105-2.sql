-- fixture: rules=EVT105 pg=18
-- verify: standby-after-removal
-- Near-miss: the login trigger is renamed and given a new owner; it stays enabled.
CREATE OR REPLACE FUNCTION greet() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'hi %', session_user;
END $$;
DROP EVENT TRIGGER IF EXISTS greet;
DROP EVENT TRIGGER IF EXISTS zz_greet;
CREATE EVENT TRIGGER greet ON login EXECUTE FUNCTION greet();
ALTER EVENT TRIGGER greet RENAME TO zz_greet;
ALTER EVENT TRIGGER zz_greet OWNER TO CURRENT_USER;
ALTER EVENT TRIGGER zz_greet ENABLE ALWAYS;
