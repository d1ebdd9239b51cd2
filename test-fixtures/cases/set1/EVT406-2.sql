-- fixture: rules=EVT406 pg=18
-- No verify line needed (nothing runs differently). Near-miss: only built-ins, schema-qualified
-- or not, and a helper defined further down the same script.
CREATE OR REPLACE FUNCTION describe_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_catalog.pg_event_trigger_ddl_commands() LOOP
        RAISE NOTICE '%', format('%s %s by %s', r.command_tag, quote_ident(coalesce(r.schema_name, 'none')),
                                 pg_catalog.current_setting('application_name'));
        PERFORM util_note(r.object_identity);
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION util_note(p text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE DEBUG 'noted % at %', p, clock_timestamp();
END $$;

CREATE EVENT TRIGGER describe_ddl ON ddl_command_end EXECUTE FUNCTION describe_ddl();
