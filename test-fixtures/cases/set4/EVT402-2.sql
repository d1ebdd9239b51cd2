-- fixture: rules=EVT402 pg=18
-- verify: command DROP TABLE probe_402
-- Hazard: command_tag is a column of ddl_commands, not of dropped_objects; read through a loop record.
CREATE TABLE probe_402 (id int);

CREATE FUNCTION list_dropped() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    FOR obj IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
        -- expect: EVT402
        RAISE NOTICE '% dropped by %', obj.object_identity, obj.command_tag;
    END LOOP;
END $$;

CREATE EVENT TRIGGER list_dropped ON sql_drop EXECUTE FUNCTION list_dropped();
