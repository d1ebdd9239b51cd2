-- fixture: rules=EVT402 pg=18
-- verify: command CREATE TABLE probe_402 (id int)
-- object_name exists in dropped_objects() only; ddl_commands() has none.
CREATE TABLE created (name text);

CREATE OR REPLACE FUNCTION remember() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    FOR obj IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
        INSERT INTO created VALUES (obj.object_name); -- expect: EVT402
    END LOOP;
END $$;

CREATE EVENT TRIGGER remember ON ddl_command_end EXECUTE FUNCTION remember();
