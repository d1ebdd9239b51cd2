-- fixture: rules=EVT405 pg=18
-- verify: command CREATE TABLE probe_405 (id int)
-- Hazard: DDL through EXECUTE in a STABLE function fails when it fires (facts 5).
CREATE FUNCTION comment_new_tables() RETURNS event_trigger LANGUAGE plpgsql STABLE AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        -- expect: EVT405
        EXECUTE format('COMMENT ON TABLE %s IS %L', r.object_identity, 'auto');
    END LOOP;
END $$;

CREATE EVENT TRIGGER comment_new_tables ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION comment_new_tables();
