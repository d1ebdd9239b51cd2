-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Hazard: the guard is ANDed with a second condition, so on a standby that is not the
-- 'reporting' replica the insert still runs and the login fails.
CREATE TABLE login_audit (who text, at timestamptz);

CREATE FUNCTION audit_login() RETURNS event_trigger AS $$
DECLARE
  standby boolean := pg_is_in_recovery();
BEGIN
  -- only the reporting replica is skipped
  IF standby AND current_setting('cluster_name') = 'reporting' THEN
    RETURN;
  END IF;
  -- expect: EVT101
  INSERT INTO login_audit VALUES (session_user, clock_timestamp());
END $$ LANGUAGE plpgsql;

CREATE EVENT TRIGGER audit_login ON login EXECUTE PROCEDURE audit_login();
