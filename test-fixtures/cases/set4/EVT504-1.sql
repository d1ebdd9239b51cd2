-- fixture: rules=EVT504 pg=18
-- verify: command CREATE TABLE probe_504 (id int)
-- Hazard: the path is set later with ALTER FUNCTION, as one quoted string: it names a single
-- schema "audit, pg_temp", so ddl_log is not found.
CREATE SCHEMA audit;
CREATE TABLE audit.ddl_log (tag text);

CREATE FUNCTION audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl_log VALUES (tg_tag);
END $$;
-- expect: EVT504
ALTER FUNCTION audit.log_ddl() SET search_path = 'audit, pg_temp';

CREATE EVENT TRIGGER audit_log_ddl ON ddl_command_end EXECUTE FUNCTION audit.log_ddl();
