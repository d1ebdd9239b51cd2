-- fixture: rules=EVT403 pg=18
-- verify: command CREATE TABLE probe_403 (id serial PRIMARY KEY)
-- Hazard: one CREATE TABLE with a serial column and a key yields several rows (sequence, table,
-- index, ...); the tag filter does not limit them to one.
CREATE TABLE table_registry (obj text, at timestamptz DEFAULT now());

CREATE FUNCTION register_table() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO table_registry (obj)
    -- expect: EVT403
    VALUES ((SELECT object_identity FROM pg_event_trigger_ddl_commands()));
END $$;

CREATE EVENT TRIGGER register_table ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION register_table();
