-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Hazard: the trigger's first function body is guarded, but a later CREATE OR REPLACE drops
-- the guard; the trigger runs the latest body.
CREATE TABLE conn_log (usr text, app text);

CREATE OR REPLACE FUNCTION log_conn() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_is_in_recovery() THEN RETURN; END IF;
  INSERT INTO conn_log VALUES (session_user, current_setting('application_name'));
END $$;

CREATE EVENT TRIGGER log_conn ON login EXECUTE FUNCTION log_conn();

-- v2: also record application name for replicas (guard removed by mistake)
CREATE OR REPLACE FUNCTION log_conn() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  -- expect: EVT101
  INSERT INTO conn_log VALUES (session_user, current_setting('application_name'));
END $$;
