-- fixture: rules=EVT105 pg=18
-- verify: standby-after-removal
-- A login trigger switched off for a maintenance window.
CREATE OR REPLACE FUNCTION greet() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'hi %', session_user;
END $$;
DROP EVENT TRIGGER IF EXISTS greet;
CREATE EVENT TRIGGER greet ON login EXECUTE FUNCTION greet();

-- maintenance window starts
ALTER EVENT TRIGGER greet DISABLE; -- expect: EVT105
