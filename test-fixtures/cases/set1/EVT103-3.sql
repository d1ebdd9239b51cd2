-- fixture: rules=EVT103 pg=18
-- No verify line (timing). Near-misses: a lookup by primary key, a non-blocking advisory lock,
-- and a loop over a fixed range; none of them can hold a login for long.
CREATE TABLE IF NOT EXISTS user_settings (usr text PRIMARY KEY, motd text);

CREATE OR REPLACE FUNCTION motd() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
    msg text;
BEGIN
    SELECT s.motd INTO msg FROM user_settings s WHERE s.usr = session_user;
    IF pg_try_advisory_lock(hashtext('motd')) THEN
        PERFORM pg_advisory_unlock(hashtext('motd'));
    END IF;
    FOR i IN 1..3 LOOP
        RAISE DEBUG 'motd pass %', i;
    END LOOP;
    IF msg IS NOT NULL THEN
        RAISE NOTICE '%', msg;
    END IF;
END $$;

DROP EVENT TRIGGER IF EXISTS motd;
CREATE EVENT TRIGGER motd ON login EXECUTE FUNCTION motd();
