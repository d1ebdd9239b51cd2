-- fixture: rules=EVT405 pg=18
-- verify: command CREATE TABLE probe_405 (id int)
-- TG_TABLE_NAME belongs to DML triggers.
CREATE OR REPLACE FUNCTION which_table() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'changed %', TG_TABLE_NAME; -- expect: EVT405
END $$;

CREATE EVENT TRIGGER which_table ON ddl_command_end EXECUTE FUNCTION which_table();
