-- fixture: rules=EVT408 pg=18
-- verify: command CREATE TABLE probe408 (a int)
-- Hazard: a psql-style placeholder left in a format() template.
CREATE FUNCTION set_owner() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE TABLE' LOOP
    -- expect: EVT408
    EXECUTE format('ALTER TABLE %s OWNER TO :owner_role', r.object_identity);
  END LOOP;
END $$;

CREATE EVENT TRIGGER set_owner ON ddl_command_end
  WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION set_owner();
