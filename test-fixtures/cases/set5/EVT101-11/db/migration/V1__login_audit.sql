-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Near-miss (Flyway folder): V1 writes unguarded, V2 creates the login trigger, V3 replaces the
-- function with a guarded body before anyone relies on it; only V3's body runs at login.
CREATE TABLE login_audit (usename text, at timestamptz DEFAULT now());

CREATE FUNCTION login_audit_fn() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO login_audit(usename) VALUES (session_user);
END $$;
