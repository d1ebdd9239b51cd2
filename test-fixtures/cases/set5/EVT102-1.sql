-- fixture: rules=EVT102 pg=18
-- verify: login
-- Hazard: an allow-list check; the list is empty at first, so the superuser is refused too.
CREATE TABLE allowed_logins (rolname name PRIMARY KEY);

CREATE FUNCTION enforce_allow_list() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM allowed_logins WHERE rolname = session_user) THEN
    -- expect: EVT102
    RAISE EXCEPTION 'role % may not log in here', session_user
      USING HINT = 'ask the DBA team';
  END IF;
END $$;

CREATE EVENT TRIGGER enforce_allow_list ON login EXECUTE FUNCTION enforce_allow_list();
