-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Hazard: the first helper call is guarded, the second is not; the UPDATE in audit.touch() runs on
-- a standby.
CREATE SCHEMA audit;
CREATE TABLE audit.visits (usename name, at timestamptz);
CREATE TABLE audit.heartbeat (last_login timestamptz);

CREATE FUNCTION audit.remember(who name) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit.visits VALUES (who, now());
END $$;

CREATE FUNCTION audit.touch() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- expect: EVT101
    UPDATE audit.heartbeat SET last_login = now();
END $$;

CREATE FUNCTION audit.on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_is_in_recovery() THEN
        PERFORM audit.remember(session_user);
    END IF;
    PERFORM audit.touch();
END $$;

CREATE EVENT TRIGGER audit_on_login ON login EXECUTE FUNCTION audit.on_login();
