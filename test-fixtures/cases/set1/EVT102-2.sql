-- fixture: rules=EVT102 pg=18
-- verify: login
-- The same allow-list, but superusers are let through first.
CREATE SCHEMA IF NOT EXISTS access_ctl;
CREATE TABLE IF NOT EXISTS access_ctl.allowed_users (usename name PRIMARY KEY);

CREATE OR REPLACE FUNCTION access_ctl.check_login() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
    is_super boolean;
BEGIN
    SELECT r.rolsuper INTO is_super FROM pg_catalog.pg_roles r WHERE r.rolname = session_user;
    IF is_super THEN
        RETURN;   -- never lock out the DBAs
    END IF;

    IF NOT EXISTS (SELECT 1 FROM access_ctl.allowed_users a WHERE a.usename = session_user) THEN
        RAISE EXCEPTION 'user % is not allowed to connect', session_user;
    END IF;
END;
$$;

DROP EVENT TRIGGER IF EXISTS check_login;
CREATE EVENT TRIGGER check_login ON login EXECUTE FUNCTION access_ctl.check_login();
