-- fixture: rules=EVT503 pg=18
-- verify: privileges CREATE TABLE probe503 (a int)
-- Hazard: every new table is granted to a reporting role as a side effect of the DDL.
CREATE ROLE reporting_503;
CREATE FUNCTION auto_grant() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  obj record;
BEGIN
  FOR obj IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
    -- expect: EVT503
    EXECUTE format('GRANT SELECT ON %s TO reporting_503', obj.object_identity);
  END LOOP;
END $$;
CREATE EVENT TRIGGER auto_grant ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION auto_grant();
