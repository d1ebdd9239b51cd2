-- fixture: rules=EVT304 pg=18
-- verify: command CREATE TABLE probe_304 (id int)
-- Hazard: a ddl_command_start trigger walks pg_event_trigger_ddl_commands(); nothing is created yet,
-- and with no end/drop/rewrite trigger the call fails (facts 4).
CREATE FUNCTION precheck_names() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    cmd record;
BEGIN
    -- expect: EVT304
    FOR cmd IN SELECT object_identity FROM pg_event_trigger_ddl_commands() LOOP
        IF cmd.object_identity !~ '^[a-z_.]+$' THEN
            RAISE EXCEPTION 'bad name %', cmd.object_identity;
        END IF;
    END LOOP;
END $$;

CREATE EVENT TRIGGER precheck_names ON ddl_command_start EXECUTE FUNCTION precheck_names();
