-- fixture: rules=EVT101 pg=18
-- Hazard (Flyway folder; expectation corrected after the measurement): V1 writes unguarded, V2
-- creates the login trigger, V3 replaces the function with a guarded body. After V3 standby
-- logins are accepted, but from V2 until V3 the trigger runs V1's body and they fail (fact 6.3);
-- no check observes that window.
CREATE TABLE login_audit (usename text, at timestamptz DEFAULT now());

CREATE FUNCTION login_audit_fn() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  -- expect: EVT101
  INSERT INTO login_audit(usename) VALUES (session_user);
END $$;
