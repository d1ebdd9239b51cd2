-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- A simple CASE on the recovery state, with the write in its ELSE branch (fact 12.4).
CREATE TABLE IF NOT EXISTS conn_audit (role_name text, db text, ts timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION conn_audit_fn() RETURNS event_trigger
LANGUAGE plpgsql
AS $fn$
BEGIN
  CASE pg_is_in_recovery()
    WHEN true THEN
      RETURN;
    ELSE
      INSERT INTO conn_audit (role_name, db) VALUES (session_user, current_database());
  END CASE;
END;
$fn$;

DROP EVENT TRIGGER IF EXISTS conn_audit;
CREATE EVENT TRIGGER conn_audit ON login EXECUTE FUNCTION conn_audit_fn();
ALTER EVENT TRIGGER conn_audit ENABLE ALWAYS;
