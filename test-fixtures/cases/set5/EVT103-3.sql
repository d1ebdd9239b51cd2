-- fixture: rules=EVT103 pg=18
-- No verify line (timing). Hazard: a FOR loop over a whole history table at every login.
CREATE TABLE login_history (usename name, at timestamptz);

CREATE FUNCTION warn_failed_logins() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
  n int := 0;
BEGIN
  -- expect: EVT103
  FOR r IN SELECT * FROM login_history ORDER BY at DESC LOOP
    n := n + 1;
  END LOOP;
  RAISE NOTICE '% logins so far', n;
END $$;

CREATE EVENT TRIGGER warn_failed_logins ON login EXECUTE FUNCTION warn_failed_logins();
