-- fixture: rules=EVT504 pg=18
-- verify: command CREATE TABLE probe504 (a int)
-- Near-miss: separate quoted names are a proper list.
CREATE SCHEMA audit;
CREATE TABLE audit.ddl_log (tag text);
CREATE FUNCTION audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql
SET search_path = 'audit', 'pg_catalog'
AS $$
BEGIN
  INSERT INTO ddl_log VALUES (tg_tag);
END $$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION audit.log_ddl();
