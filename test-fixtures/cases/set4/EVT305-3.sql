-- fixture: rules=EVT305 pg=18
-- verify: command CREATE TABLE probe_305 (id int)
-- Near-miss: the nested DDL is a COMMENT, whose tag the trigger's filter does not match.
CREATE FUNCTION stamp_owner() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
        IF r.object_type = 'table' THEN
            EXECUTE format('COMMENT ON TABLE %s IS %L', r.object_identity, 'created by ' || current_user);
        END IF;
    END LOOP;
END $$;

CREATE EVENT TRIGGER stamp_owner ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'CREATE TABLE AS')
    EXECUTE FUNCTION stamp_owner();
