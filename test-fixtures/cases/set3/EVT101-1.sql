-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- A retry loop around the insert; the guard is an EXIT at the top of the loop.
CREATE TABLE IF NOT EXISTS sessions_log (usr text PRIMARY KEY, n int DEFAULT 1);

CREATE OR REPLACE FUNCTION upsert_session() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    LOOP
        EXIT WHEN pg_is_in_recovery();
        UPDATE sessions_log SET n = n + 1 WHERE usr = session_user;
        EXIT WHEN found;
        BEGIN
            INSERT INTO sessions_log (usr) VALUES (session_user);
            EXIT;
        EXCEPTION WHEN unique_violation THEN
            NULL;
        END;
    END LOOP;
END $$;

DROP EVENT TRIGGER IF EXISTS upsert_session;
CREATE EVENT TRIGGER upsert_session ON login EXECUTE FUNCTION upsert_session();
ALTER EVENT TRIGGER upsert_session ENABLE ALWAYS;
