-- fixture: rules=EVT408 pg=18
-- verify: command CREATE TABLE probe_408 (id int)
-- Hazard: a template placeholder was left in the statement text; it never parses.
CREATE FUNCTION hand_over() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    FOR obj IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        -- expect: EVT408
        EXECUTE format('ALTER TABLE %s OWNER TO <owner_role>', obj.object_identity);
    END LOOP;
END $$;

CREATE EVENT TRIGGER hand_over ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION hand_over();
