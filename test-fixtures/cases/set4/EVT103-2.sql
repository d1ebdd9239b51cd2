-- fixture: rules=EVT103 pg=18
-- No verify line (timing). Near-miss: a bounded FOR loop, a lookup with LIMIT 1, a key lookup,
-- and FOR UPDATE NOWAIT never wait long.
CREATE TABLE user_prefs (usename name PRIMARY KEY, tz text);
CREATE TABLE banner (id int PRIMARY KEY, txt text, shown_at timestamptz);

CREATE FUNCTION greet() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    v_tz text;
    v_msg text;
BEGIN
    SELECT tz INTO v_tz FROM user_prefs WHERE usename = session_user;
    SELECT txt INTO v_msg FROM banner ORDER BY shown_at DESC LIMIT 1;
    FOR i IN 1..3 LOOP
        RAISE NOTICE '%: %', i, v_msg;
    END LOOP;
    PERFORM 1 FROM banner WHERE id = 1 FOR UPDATE NOWAIT;
END $$;

CREATE EVENT TRIGGER greet ON login EXECUTE FUNCTION greet();
