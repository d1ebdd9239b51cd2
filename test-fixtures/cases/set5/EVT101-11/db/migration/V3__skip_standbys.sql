CREATE OR REPLACE FUNCTION login_audit_fn() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_is_in_recovery() THEN
    RETURN;
  END IF;
  INSERT INTO login_audit(usename) VALUES (session_user);
END $$;
