-- fixture: rules=EVT408 pg=18
-- verify: command CREATE TABLE probe_408 (id int)
-- A template placeholder left in the dynamic SQL: it cannot parse, so every CREATE TABLE fails.
CREATE OR REPLACE FUNCTION set_owner() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    FOR obj IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO <owner_role>', obj.object_identity); -- expect: EVT408
    END LOOP;
END $$;

CREATE EVENT TRIGGER set_owner ON ddl_command_end WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION set_owner();
