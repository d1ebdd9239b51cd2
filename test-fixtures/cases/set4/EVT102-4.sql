-- fixture: rules=EVT102 pg=18
-- verify: login
-- Near-miss: the check raises inside a block whose WHEN OTHERS handler turns it into a warning.
CREATE FUNCTION soft_check() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  BEGIN
    IF current_setting('app.region', true) IS NULL THEN
      RAISE EXCEPTION USING MESSAGE = 'no region configured', ERRCODE = 'invalid_parameter_value';
    END IF;
  EXCEPTION
    WHEN OTHERS THEN
      RAISE WARNING 'login check skipped: %', SQLERRM;
  END;
END $$;

CREATE EVENT TRIGGER soft_check ON login EXECUTE FUNCTION soft_check();
