-- fixture: rules=EVT503 pg=18
-- verify: privileges CREATE TABLE probe503 (a int)
-- Near-miss: the function only reports missing grants (the GRANT is text in a message).
CREATE ROLE reporting_503;
CREATE FUNCTION check_grants() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  obj record;
BEGIN
  FOR obj IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
    IF NOT has_table_privilege('reporting_503', obj.objid, 'SELECT') THEN
      RAISE NOTICE 'run: GRANT SELECT ON % TO reporting_503;', obj.object_identity;
    END IF;
  END LOOP;
END $$;
CREATE EVENT TRIGGER check_grants ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION check_grants();
