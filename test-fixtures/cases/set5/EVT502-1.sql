-- fixture: rules=EVT502 pg=18
-- No verify line: no check observes injection. Hazard: schema_name is an unquoted identifier
-- (facts 4: only object_identity comes quoted).
CREATE FUNCTION grant_readers() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE SCHEMA' LOOP
    -- expect: EVT502
    EXECUTE 'GRANT USAGE ON SCHEMA ' || r.schema_name || ' TO readers';
  END LOOP;
END $$;
CREATE EVENT TRIGGER grant_readers ON ddl_command_end WHEN TAG IN ('CREATE SCHEMA') EXECUTE FUNCTION grant_readers();
