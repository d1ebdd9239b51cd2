-- fixture: rules=EVT402 pg=18
-- verify: command CREATE TABLE probe_402 (id serial)
-- Near-miss: every column exists; aliases and a column named like a wrong one (command_tag).
CREATE TABLE ddl_history (tag text, kind text, ident text, schema_name text, in_ext boolean);

CREATE OR REPLACE FUNCTION keep_history() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl_history (tag, kind, ident, schema_name, in_ext)
    SELECT c.command_tag, c.object_type AS objtype, c.object_identity, c.schema_name, c.in_extension
      FROM pg_event_trigger_ddl_commands() AS c
     WHERE c.classid = 'pg_class'::regclass AND c.objsubid = 0;
END $$;

CREATE EVENT TRIGGER keep_history ON ddl_command_end EXECUTE FUNCTION keep_history();
