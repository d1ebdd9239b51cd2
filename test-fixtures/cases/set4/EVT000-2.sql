-- fixture: rules=EVT000 pg=18
-- verify: creation
-- Near-miss: ELSEIF (an accepted spelling), block labels, FOREACH over an array, GET DIAGNOSTICS,
-- RAISE ... USING and %ROWTYPE all parse.
CREATE TABLE ddl_counter (tag text PRIMARY KEY, n int);

CREATE FUNCTION count_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
<<main>>
DECLARE
    rows_done int;
    tags text[] := ARRAY['CREATE TABLE', 'DROP TABLE'];
    t text;
    last_row ddl_counter%ROWTYPE;
BEGIN
    FOREACH t IN ARRAY tags LOOP
        IF t = tg_tag THEN
            UPDATE ddl_counter SET n = n + 1 WHERE tag = t;
            GET DIAGNOSTICS rows_done = ROW_COUNT;
        ELSEIF t IS NULL THEN
            EXIT main;
        END IF;
    END LOOP;
    SELECT * INTO last_row FROM ddl_counter WHERE tag = tg_tag;
    RAISE NOTICE USING MESSAGE = format('%s: %s', tg_tag, coalesce(main.rows_done, 0)),
        HINT = current_setting('search_path');
END main $$;
