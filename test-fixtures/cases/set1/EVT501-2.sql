-- fixture: rules=EVT501 pg=18
-- No verify line. Near-miss: SECURITY DEFINER pinned to pg_catalog, then a trusted schema, pg_temp last.
CREATE SCHEMA IF NOT EXISTS audit;
CREATE TABLE IF NOT EXISTS audit.ddl_log (tag text, who text);

CREATE OR REPLACE FUNCTION audit.log_ddl() RETURNS event_trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path TO pg_catalog, audit, pg_temp
AS $$
BEGIN
    INSERT INTO ddl_log (tag, who) VALUES (tg_tag, session_user);
END $$;

CREATE EVENT TRIGGER audit_log_ddl ON ddl_command_end EXECUTE FUNCTION audit.log_ddl();
