-- fixture: rules=EVT408 pg=18
-- verify: command CREATE TABLE probe_408 (id int)
-- A parenthesis missing in a format string.
CREATE OR REPLACE FUNCTION index_new() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        EXECUTE format('CREATE INDEX ON %s USING btree (%I', r.object_identity, 'id'); -- expect: EVT408
    END LOOP;
END $$;

CREATE EVENT TRIGGER index_new ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION index_new();
