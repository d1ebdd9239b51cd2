-- fixture: rules=EVT105 pg=18
-- verify: standby-replica-lockout
-- A login trigger switched to REPLICA "so that it does not run on the standby": every ordinary
-- standby login fails for good (fact 12.1).
CREATE OR REPLACE FUNCTION session_banner() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'connected to %', current_database();
END $$;
DROP EVENT TRIGGER IF EXISTS session_banner;
CREATE EVENT TRIGGER session_banner ON login EXECUTE FUNCTION session_banner();
-- expect: EVT105
ALTER EVENT TRIGGER session_banner ENABLE REPLICA;
