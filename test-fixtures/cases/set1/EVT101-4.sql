-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- The recovery test lives in a small SQL helper that the login function calls in its IF.
CREATE SCHEMA IF NOT EXISTS util;
CREATE SCHEMA IF NOT EXISTS audit;
CREATE TABLE IF NOT EXISTS audit.connections (who text, app text, at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION util.is_primary() RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT NOT pg_catalog.pg_is_in_recovery() $$;

CREATE OR REPLACE FUNCTION audit.on_connect() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $on_connect$
BEGIN
    IF util.is_primary() THEN
        INSERT INTO audit.connections (who, app)
        VALUES (session_user, current_setting('application_name'));
    END IF;
END;
$on_connect$;

DROP EVENT TRIGGER IF EXISTS audit_on_connect;
CREATE EVENT TRIGGER audit_on_connect ON login EXECUTE FUNCTION audit.on_connect();
ALTER EVENT TRIGGER audit_on_connect ENABLE ALWAYS;
