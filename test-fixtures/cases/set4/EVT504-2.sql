-- fixture: rules=EVT504 pg=18
-- verify: command CREATE TABLE probe_504 (id int)
-- Near-miss: set_config() takes the path as one string, and 'audit, pg_temp' there is a list.
CREATE SCHEMA audit;
CREATE TABLE audit.ddl_log (tag text);

CREATE FUNCTION audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('search_path', 'audit, pg_temp', true);
    INSERT INTO ddl_log VALUES (tg_tag);
END $$;

CREATE EVENT TRIGGER audit_log_ddl ON ddl_command_end EXECUTE FUNCTION audit.log_ddl();
