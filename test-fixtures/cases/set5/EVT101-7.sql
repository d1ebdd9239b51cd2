-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Hazard: a login trigger created DISABLE'd while the function was being tested, then
-- re-enabled with ENABLE ALWAYS: the unguarded dynamic INSERT runs on standbys.
CREATE TABLE IF NOT EXISTS audit_sessions (role_name text, started timestamptz);

CREATE OR REPLACE FUNCTION audit_session_start() RETURNS event_trigger LANGUAGE plpgsql AS $body$
DECLARE
  target text := 'audit_sessions';
BEGIN
  -- expect: EVT101
  EXECUTE format('INSERT INTO %I VALUES ($1, $2)', target) USING session_user::text, now();
END;
$body$;

CREATE EVENT TRIGGER audit_session_start ON login EXECUTE FUNCTION audit_session_start();
ALTER EVENT TRIGGER audit_session_start DISABLE;
ALTER EVENT TRIGGER audit_session_start ENABLE ALWAYS;
