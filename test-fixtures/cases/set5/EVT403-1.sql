-- fixture: rules=EVT403 pg=18
-- verify: command CREATE TABLE probe403 (id serial PRIMARY KEY)
-- Hazard: a serial primary key yields sequence, table, index and more rows.
CREATE FUNCTION stamp_owner() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  obj text;
BEGIN
  -- expect: EVT403
  obj := (SELECT object_identity FROM pg_event_trigger_ddl_commands() WHERE schema_name = 'public');
  RAISE NOTICE 'new object %', obj;
END $$;

CREATE EVENT TRIGGER stamp_owner ON ddl_command_end
  WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION stamp_owner();
