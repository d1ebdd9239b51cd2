-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Hazard: the guard returns only for one role; everyone else writes on the standby too.
-- pg_notify also fails during recovery.
CREATE TABLE login_counts (usr text PRIMARY KEY, n int);

CREATE FUNCTION count_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF session_user = 'monitoring' AND pg_is_in_recovery() THEN
    RETURN;
  END IF;
  -- expect: EVT101
  PERFORM pg_notify('logins', session_user);
END $$;

CREATE EVENT TRIGGER count_login ON login EXECUTE FUNCTION count_login();
