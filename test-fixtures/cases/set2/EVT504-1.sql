-- fixture: rules=EVT504 pg=18
-- verify: command CREATE TABLE probe_504 (id int)
-- The whole list as one double-quoted identifier: also a single schema named "audit, pg_temp".
CREATE SCHEMA IF NOT EXISTS audit;
CREATE TABLE IF NOT EXISTS audit.ddl_log (tag text);

CREATE OR REPLACE FUNCTION audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql
SET search_path = "audit, pg_temp" -- expect: EVT504 col 19
AS $$
BEGIN
    INSERT INTO ddl_log VALUES (tg_tag);
END $$;

CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION audit.log_ddl();
