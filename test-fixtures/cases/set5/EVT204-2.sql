-- fixture: rules=EVT204 pg=18
-- verify: creation
-- Hazard: a login trigger with a WHEN clause.
CREATE FUNCTION login_note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'login';
END $$;

CREATE EVENT TRIGGER login_note ON login
  -- expect: EVT204 "tag filtering is not supported for login event triggers"
  WHEN TAG IN ('LOGIN')
  EXECUTE FUNCTION login_note();
