-- fixture: rules=EVT000 pg=18
-- verify: creation
-- A trailing comma in a column list, and a PL/pgSQL END IF without its semicolon.
CREATE TABLE ddl_events (
    tag  text,
    at   timestamptz DEFAULT now(),
); -- expect: EVT000 col 1 "syntax error at or near"

CREATE OR REPLACE FUNCTION log_event() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF tg_tag <> 'COMMENT' THEN
        RAISE NOTICE 'event %', tg_tag;
    END IF
    RETURN; -- expect: EVT000 col 5 "syntax error at or near"
END $$;
