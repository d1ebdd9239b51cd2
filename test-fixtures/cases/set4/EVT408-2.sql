-- fixture: rules=EVT408 pg=18
-- verify: command CREATE TABLE probe_408 (id int)
-- Hazard: the comment text is spliced in with %s instead of %L, so it is not quoted.
CREATE FUNCTION comment_author() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    FOR obj IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        -- expect: EVT408
        EXECUTE format('COMMENT ON TABLE %s IS created by %s', obj.object_identity, current_user);
    END LOOP;
END $$;

CREATE EVENT TRIGGER comment_author ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION comment_author();
