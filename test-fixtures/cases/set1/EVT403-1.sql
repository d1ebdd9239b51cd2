-- fixture: rules=EVT403 pg=18
-- verify: command CREATE TABLE tickets (id serial PRIMARY KEY, title text)
-- One CREATE TABLE with a serial and a primary key yields several rows (table, sequence, index...).
CREATE TABLE new_objects (ident text);

CREATE OR REPLACE FUNCTION remember_new() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    ident text;
BEGIN
    -- expect: EVT403
    ident := (SELECT object_identity FROM pg_event_trigger_ddl_commands());
    INSERT INTO new_objects VALUES (ident);
END $$;

CREATE EVENT TRIGGER remember_new ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION remember_new();
