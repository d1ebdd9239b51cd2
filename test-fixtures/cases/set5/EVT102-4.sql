-- fixture: rules=EVT102 pg=18
-- verify: login
-- Near-miss: the veto lives in a helper; the login function calls it inside a block that
-- catches OTHERS and only logs a warning.
CREATE FUNCTION assert_client_ok() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('application_name') = '' THEN
    RAISE EXCEPTION 'application_name must be set';
  END IF;
END $$;

CREATE FUNCTION login_checks() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM assert_client_ok();
EXCEPTION WHEN OTHERS THEN
  RAISE WARNING 'login check failed: %', SQLERRM;
END $$;

CREATE EVENT TRIGGER login_checks ON login EXECUTE FUNCTION login_checks();
