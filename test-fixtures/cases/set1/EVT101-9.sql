-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- The guard is there, but the sequence is drawn before it.
CREATE SEQUENCE IF NOT EXISTS audit_seq;
CREATE TABLE IF NOT EXISTS audit_login (id bigint, who text);

CREATE OR REPLACE FUNCTION audit_login_fn() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    v_id bigint;
BEGIN
    v_id := nextval('audit_seq'); -- expect: EVT101
    IF pg_is_in_recovery() THEN
        RETURN;
    END IF;
    INSERT INTO audit_login VALUES (v_id, session_user);
END $$;

DROP EVENT TRIGGER IF EXISTS audit_login;
CREATE EVENT TRIGGER audit_login ON login EXECUTE FUNCTION audit_login_fn();
ALTER EVENT TRIGGER audit_login ENABLE ALWAYS;
