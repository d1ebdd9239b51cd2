-- fixture: rules=EVT304 pg=18
-- verify: command CREATE TABLE probe_304 (id int)
-- Near-miss: the same policy at ddl_command_end, where the objects exist.
CREATE OR REPLACE FUNCTION naming_policy() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    FOR obj IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
        IF obj.object_identity !~ '^[a-z0-9_.]+$' THEN
            RAISE EXCEPTION 'bad name %', obj.object_identity;
        END IF;
        PERFORM 1 FROM pg_class c WHERE c.oid = obj.objid;
    END LOOP;
END $$;

CREATE EVENT TRIGGER naming_policy ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION naming_policy();
