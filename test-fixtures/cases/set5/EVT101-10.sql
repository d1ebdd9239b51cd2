-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Hazard: the trigger is created by EXECUTE in a DO block; the function's UPDATE is unguarded.
CREATE TABLE user_activity (usename name PRIMARY KEY, last_login timestamptz);
INSERT INTO user_activity VALUES (current_user, NULL);

CREATE FUNCTION touch_activity() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  -- expect: EVT101
  UPDATE user_activity SET last_login = now() WHERE usename = session_user;
END $$;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_event_trigger WHERE evtname = 'touch_activity') THEN
    EXECUTE 'CREATE EVENT TRIGGER touch_activity ON login EXECUTE FUNCTION touch_activity()';
  END IF;
END $$;
