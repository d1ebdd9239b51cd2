-- fixture: rules=EVT402 pg=18
-- verify: command CREATE TABLE probe_402 (id int)
-- Hazard: object_name is a column of pg_event_trigger_dropped_objects(), not of ddl_commands.
CREATE TABLE created_objects (name text, kind text);

CREATE FUNCTION note_created() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO created_objects (name, kind)
    -- expect: EVT402
    SELECT object_name, object_type
    FROM pg_event_trigger_ddl_commands();
END $$;

CREATE EVENT TRIGGER note_created ON ddl_command_end EXECUTE FUNCTION note_created();
