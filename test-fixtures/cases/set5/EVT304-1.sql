-- fixture: rules=EVT304 pg=18
-- verify: command CREATE TABLE probe304 (a int)
-- Hazard: a start trigger that asks what the command creates.
CREATE FUNCTION naming_policy() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  -- expect: EVT304
  FOR r IN SELECT object_identity FROM pg_event_trigger_ddl_commands() LOOP
    IF r.object_identity !~ '^public\.[a-z_0-9]+$' THEN
      RAISE EXCEPTION 'bad name %', r.object_identity;
    END IF;
  END LOOP;
END $$;

CREATE EVENT TRIGGER naming_policy ON ddl_command_start
  WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION naming_policy();
