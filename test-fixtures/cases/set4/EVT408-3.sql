-- fixture: rules=EVT408 pg=18
-- verify: command CREATE TABLE probe_408 (id int)
-- Near-miss: statically known texts that parse: positional %1$s reuse, %L, SET LOCAL with a doubled quote.
CREATE FUNCTION tidy_new_table() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    EXECUTE 'SET LOCAL lock_timeout = ''2s''';
    FOR obj IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        EXECUTE format('COMMENT ON TABLE %1$s IS %2$L', obj.object_identity, 'table ' || obj.object_identity);
        EXECUTE format('GRANT SELECT ON %1$s TO %2$I', obj.object_identity, current_user);
    END LOOP;
END $$;

CREATE EVENT TRIGGER tidy_new_table ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION tidy_new_table();
