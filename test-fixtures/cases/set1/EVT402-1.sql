-- fixture: rules=EVT402 pg=18
-- verify: command CREATE TABLE probe_402 (id int)
-- Column names guessed from other tools: ddl_commands() has object_type, not objtype.
CREATE TABLE ddl_history (kind text, ident text);

CREATE OR REPLACE FUNCTION keep_history() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl_history (kind, ident)
    SELECT objtype, -- expect: EVT402 col 12
           object_identity
      FROM pg_event_trigger_ddl_commands();
END $$;

CREATE EVENT TRIGGER keep_history ON ddl_command_end EXECUTE FUNCTION keep_history();
