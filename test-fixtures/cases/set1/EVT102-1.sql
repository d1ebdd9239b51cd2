-- fixture: rules=EVT102 pg=18
-- verify: login
-- An allow-list enforced at login with no way around it for superusers: an empty or stale list
-- refuses everyone, postgres included (fact 6.1).
CREATE SCHEMA IF NOT EXISTS access_ctl;
CREATE TABLE IF NOT EXISTS access_ctl.allowed_users (usename name PRIMARY KEY);

CREATE OR REPLACE FUNCTION access_ctl.check_login() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM access_ctl.allowed_users a WHERE a.usename = session_user) THEN
        -- expect: EVT102 col 9
        RAISE EXCEPTION 'user % is not allowed to connect', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END;
$$;

DROP EVENT TRIGGER IF EXISTS check_login;
CREATE EVENT TRIGGER check_login ON login EXECUTE FUNCTION access_ctl.check_login();
