-- fixture: rules=EVT504 pg=18
-- verify: command CREATE TABLE probe_504 (id int)
-- Near-miss: one schema, quoted; and SET LOCAL inside the body with separate names.
CREATE SCHEMA IF NOT EXISTS audit;
CREATE TABLE IF NOT EXISTS audit.ddl_log (tag text);

CREATE OR REPLACE FUNCTION audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql
SET search_path = 'audit'
AS $$
BEGIN
    INSERT INTO ddl_log VALUES (tg_tag);
    SET LOCAL search_path = audit, pg_temp;
    INSERT INTO ddl_log VALUES (tg_tag || ' again');
END $$;

CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION audit.log_ddl();
