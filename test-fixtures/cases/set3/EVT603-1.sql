-- fixture: rules=EVT603 pg=18
-- verify: creation
-- The trigger is dropped in a cleanup section, and a later section still enables it.
CREATE OR REPLACE FUNCTION f_note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;
CREATE EVENT TRIGGER note_ddl ON ddl_command_end EXECUTE FUNCTION f_note();

-- cleanup
DROP EVENT TRIGGER note_ddl;

-- re-enable after maintenance
ALTER EVENT TRIGGER note_ddl ENABLE; -- expect: EVT603 "does not exist"
