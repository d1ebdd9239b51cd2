-- fixture: rules=EVT102 pg=18
-- verify: login
-- Near-miss: superusers are let through first (looked up in pg_roles), then the veto.
CREATE TABLE allowed_logins (rolname name PRIMARY KEY);

CREATE FUNCTION enforce_allow_list() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  is_super boolean;
BEGIN
  SELECT rolsuper INTO is_super FROM pg_roles WHERE rolname = session_user;
  IF is_super THEN
    RETURN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM allowed_logins WHERE rolname = session_user) THEN
    RAISE EXCEPTION 'role % may not log in here', session_user;
  END IF;
END $$;

CREATE EVENT TRIGGER enforce_allow_list ON login EXECUTE FUNCTION enforce_allow_list();
