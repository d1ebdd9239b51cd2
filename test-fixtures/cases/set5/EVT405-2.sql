-- fixture: rules=EVT405 pg=18
-- verify: command CREATE TABLE probe405 (a int)
-- Near-miss: bare RETURN, TG_EVENT, and a local variable named "new_name" (not NEW).
CREATE FUNCTION describe_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  new_name text;
BEGIN
  IF TG_EVENT <> 'ddl_command_end' THEN
    RETURN;
  END IF;
  SELECT object_identity INTO new_name FROM pg_event_trigger_ddl_commands() LIMIT 1;
  RAISE NOTICE '% %', TG_TAG, new_name;
  RETURN;
END $$;

CREATE EVENT TRIGGER describe_ddl ON ddl_command_end EXECUTE FUNCTION describe_ddl();
