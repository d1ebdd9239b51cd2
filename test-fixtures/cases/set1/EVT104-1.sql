-- fixture: rules=EVT104 pg=16
-- No verify line (the servers are 17 and 18). Facts "Version history": the login event and the
-- event_triggers setting are new in 17.
CREATE OR REPLACE FUNCTION hello() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'hello %', session_user;
END $$;

SET event_triggers = off; -- expect: EVT104
DROP EVENT TRIGGER IF EXISTS hello;
CREATE EVENT TRIGGER hello ON login EXECUTE FUNCTION hello(); -- expect: EVT104
