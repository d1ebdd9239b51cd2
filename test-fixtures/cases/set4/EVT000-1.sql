-- fixture: rules=EVT000 pg=18
-- verify: creation
-- Hazard: the semicolon after END IF is missing; PL/pgSQL stops at the final END.
CREATE FUNCTION check_names() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF tg_tag = 'CREATE TABLE' THEN
        RAISE NOTICE 'table created';
    END IF
-- expect: EVT000 "syntax error"
END $$;
