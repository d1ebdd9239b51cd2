-- fixture: rules=EVT102 pg=18
-- verify: login
-- Office-hours style refusal, skipped first for the named maintenance roles.
CREATE TABLE IF NOT EXISTS blocked_apps (app text PRIMARY KEY);
INSERT INTO blocked_apps VALUES ('PostgreSQL JDBC Driver') ON CONFLICT DO NOTHING;

CREATE OR REPLACE FUNCTION block_apps() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF session_user IN ('postgres', 'dba_admin') THEN
    RETURN;
  END IF;
  IF EXISTS (SELECT 1 FROM blocked_apps WHERE app = current_setting('application_name')) THEN
    RAISE EXCEPTION 'application % may not connect', current_setting('application_name');
  END IF;
END $$;

DROP EVENT TRIGGER IF EXISTS block_apps;
CREATE EVENT TRIGGER block_apps ON login EXECUTE FUNCTION block_apps();
