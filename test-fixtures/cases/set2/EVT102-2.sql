-- fixture: rules=EVT102 pg=18
-- verify: login
-- Near-miss: superusers exempted through pg_user.usesuper and = ANY over a list of admins.
CREATE TABLE IF NOT EXISTS frozen (since timestamptz);
INSERT INTO frozen VALUES (now());

CREATE OR REPLACE FUNCTION freeze_check() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF session_user = ANY (ARRAY['postgres', 'admin']) THEN
        RETURN;
    END IF;
    IF (SELECT usesuper FROM pg_catalog.pg_user WHERE usename = current_user) THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT FROM frozen) THEN
        RAISE EXCEPTION 'database frozen';
    END IF;
END $$;

DROP EVENT TRIGGER IF EXISTS freeze_check;
CREATE EVENT TRIGGER freeze_check ON login EXECUTE FUNCTION freeze_check();
