-- fixture: rules=EVT304 pg=18
-- verify: command CREATE TABLE probe_304 (id int)
-- A start trigger that asks for the command's objects: nothing exists yet, and with no end/drop/
-- rewrite trigger present the call fails outright (fact 4).
CREATE OR REPLACE FUNCTION naming_policy() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    -- expect: EVT304
    FOR obj IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
        IF obj.object_identity !~ '^[a-z_.]+$' THEN
            RAISE EXCEPTION 'bad name %', obj.object_identity;
        END IF;
    END LOOP;
END $$;

CREATE EVENT TRIGGER naming_policy ON ddl_command_start
    WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION naming_policy();
