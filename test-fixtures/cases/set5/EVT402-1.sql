-- fixture: rules=EVT402 pg=18
-- verify: command CREATE TABLE probe402 (a int)
-- Hazard: object_name is a column of pg_event_trigger_dropped_objects(), not of
-- pg_event_trigger_ddl_commands().
CREATE FUNCTION announce() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  cmd record;
BEGIN
  FOR cmd IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
    -- expect: EVT402
    RAISE NOTICE 'created % %', cmd.object_type, cmd.object_name;
  END LOOP;
END $$;

CREATE EVENT TRIGGER announce ON ddl_command_end EXECUTE FUNCTION announce();
