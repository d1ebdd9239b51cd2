-- fixture: rules=EVT305 pg=18
-- verify: command CREATE TABLE invoices (id int)
-- Near-miss: the DDL the trigger runs (COMMENT) is not in its own tag list.
CREATE OR REPLACE FUNCTION stamp_new_tables() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        EXECUTE format('COMMENT ON TABLE %s IS %L', r.object_identity,
                       'created by ' || session_user || ' at ' || now());
    END LOOP;
END $$;

CREATE EVENT TRIGGER stamp_new_tables ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'CREATE TABLE AS', 'SELECT INTO')
    EXECUTE FUNCTION stamp_new_tables();
