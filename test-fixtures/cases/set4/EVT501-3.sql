-- fixture: rules=EVT501 pg=18
-- No verify line (security). Hazard: a login function, SECURITY DEFINER, whose path lacks a
-- trailing pg_temp: pg_temp is then searched first, and any user can shadow 'sessions'.
CREATE SCHEMA audit;
CREATE TABLE audit.sessions (usename name, at timestamptz);

-- expect: EVT501
CREATE FUNCTION audit.on_login() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path TO audit AS $$
BEGIN
    IF pg_is_in_recovery() THEN RETURN; END IF;
    INSERT INTO sessions VALUES (session_user, now());
END $$;

CREATE EVENT TRIGGER audit_on_login ON login EXECUTE FUNCTION audit.on_login();
