-- fixture: rules=EVT408 pg=18
-- verify: command CREATE TABLE probe_408 (id int)
-- Near-miss: the same statement written correctly, with %I for the role and a role keyword.
CREATE OR REPLACE FUNCTION set_owner() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    FOR obj IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO %I', obj.object_identity, current_user);
        EXECUTE format($f$COMMENT ON TABLE %s IS %L$f$, obj.object_identity, 'owned by ' || current_user);
        EXECUTE 'SET LOCAL lock_timeout = ''2s''';
    END LOOP;
END $$;

CREATE EVENT TRIGGER set_owner ON ddl_command_end WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION set_owner();
