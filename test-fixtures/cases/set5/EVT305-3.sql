-- fixture: rules=EVT305 pg=18
-- verify: command CREATE TABLE probe305 (a int)
-- Near-miss: the nested COMMENT fires the trigger again, but that firing finds no CREATE TABLE
-- row in pg_event_trigger_ddl_commands(), so it runs no DDL.
CREATE FUNCTION document_new_tables() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  obj record;
BEGIN
  FOR obj IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE TABLE' LOOP
    EXECUTE format('COMMENT ON TABLE %s IS %L', obj.object_identity, 'created by ' || current_user);
  END LOOP;
END $$;

CREATE EVENT TRIGGER document_new_tables ON ddl_command_end
  WHEN TAG IN ('CREATE TABLE', 'COMMENT') EXECUTE FUNCTION document_new_tables();
