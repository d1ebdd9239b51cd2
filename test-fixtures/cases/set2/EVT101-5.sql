-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Near-miss: the guard is in the helper the login function calls (early RETURN in the callee).
CREATE SCHEMA IF NOT EXISTS app;
CREATE TABLE IF NOT EXISTS app.visits (usr text, at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION app.log_visit(p_user text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF pg_is_in_recovery() THEN
        RETURN;
    END IF;
    INSERT INTO app.visits (usr) VALUES (p_user);
END $$;

CREATE OR REPLACE FUNCTION app.on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM app.log_visit(session_user);
END $$;

DROP EVENT TRIGGER IF EXISTS app_on_login;
CREATE EVENT TRIGGER app_on_login ON login EXECUTE FUNCTION app.on_login();
ALTER EVENT TRIGGER app_on_login ENABLE ALWAYS;
