-- fixture: rules=EVT105 pg=18
-- verify: standby-after-removal
-- Retiring a login trigger: after the DROP, standby logins to this database fail until someone
-- connects to it on the primary (fact 6.3).
CREATE OR REPLACE FUNCTION welcome() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'welcome %', session_user;
END $$;
DROP EVENT TRIGGER IF EXISTS welcome;
CREATE EVENT TRIGGER welcome ON login EXECUTE FUNCTION welcome();
ALTER EVENT TRIGGER welcome ENABLE ALWAYS;

-- later in the same release script: the greeting is not wanted any more
DROP EVENT TRIGGER welcome; -- expect: EVT105
DROP FUNCTION welcome();
