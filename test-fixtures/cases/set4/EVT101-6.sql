-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Hazard: the handler catches unique_violation only; the read-only error of a standby passes through.
CREATE TABLE sessions_seen (usename name PRIMARY KEY);

CREATE FUNCTION remember_user() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  BEGIN
    -- expect: EVT101
    INSERT INTO sessions_seen (usename) VALUES (session_user);
  EXCEPTION WHEN unique_violation THEN
    NULL;  -- already recorded
  END;
END $$;

CREATE EVENT TRIGGER remember_user ON login EXECUTE FUNCTION remember_user();
