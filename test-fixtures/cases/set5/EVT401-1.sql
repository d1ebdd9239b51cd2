-- fixture: rules=EVT401 pg=18
-- verify: command DROP TABLE gone
-- Hazard: a "before drop" check calls the sql_drop-only function at ddl_command_start.
CREATE TABLE gone (id int);

CREATE FUNCTION protect_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    -- expect: EVT401
    SELECT 1 FROM pg_event_trigger_dropped_objects() WHERE schema_name = 'core'
  ) THEN
    RAISE EXCEPTION 'objects in core may not be dropped';
  END IF;
END $$;

CREATE EVENT TRIGGER protect_drop ON ddl_command_start
  WHEN TAG IN ('DROP TABLE') EXECUTE FUNCTION protect_drop();
