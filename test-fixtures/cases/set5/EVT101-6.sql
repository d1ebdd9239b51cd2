-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Near-miss: the first body writes unguarded, but it is replaced by a guarded one before the
-- script ends; only the last body runs at login.
CREATE TABLE conn_log (usr text);

CREATE OR REPLACE FUNCTION log_conn() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO conn_log VALUES (session_user);
END $$;

CREATE OR REPLACE FUNCTION log_conn() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_is_in_recovery() THEN
    INSERT INTO conn_log VALUES (session_user);
  END IF;
END $$;

CREATE EVENT TRIGGER log_conn ON login EXECUTE FUNCTION log_conn();
