-- fixture: rules=EVT604 pg=18
-- verify: creation
-- Near-miss: the trigger was dropped and the function is replaced, not dropped, while a new
-- trigger uses it; then both go in the right order.
CREATE OR REPLACE FUNCTION f_note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;
CREATE EVENT TRIGGER note_ddl ON ddl_command_end EXECUTE FUNCTION f_note();
DROP EVENT TRIGGER note_ddl;
DROP FUNCTION f_note();
CREATE FUNCTION f_note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'v2 %', tg_tag;
END $$;
CREATE EVENT TRIGGER note_ddl2 ON ddl_command_end EXECUTE FUNCTION f_note();
DROP EVENT TRIGGER note_ddl2;
DROP FUNCTION f_note();
