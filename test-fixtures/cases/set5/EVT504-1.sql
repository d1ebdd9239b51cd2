-- fixture: rules=EVT504 pg=18
-- verify: command CREATE TABLE probe504 (a int)
-- Hazard: ALTER FUNCTION ... SET with the whole list as one string names one schema, so the
-- unqualified ddl_log is not found.
CREATE SCHEMA audit;
CREATE TABLE audit.ddl_log (tag text);
CREATE FUNCTION audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ddl_log VALUES (tg_tag);
END $$;
-- expect: EVT504
ALTER FUNCTION audit.log_ddl() SET search_path = 'audit, pg_catalog';
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION audit.log_ddl();
