-- fixture: rules=EVT405 pg=18
-- verify: creation
-- Copied from a DML trigger: RETURN NULL is refused at CREATE FUNCTION (fact 5).
CREATE OR REPLACE FUNCTION ddl_guard() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF tg_tag = 'DROP TABLE' THEN
        RAISE EXCEPTION 'dropping tables is not allowed';
    END IF;
    RETURN NULL; -- expect: EVT405 col 5 "RETURN cannot have a parameter in function returning void"
END $$;
