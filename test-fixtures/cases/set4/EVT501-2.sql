-- fixture: rules=EVT501 pg=18
-- No verify line (security). Near-miss: the path is pinned afterwards with ALTER FUNCTION ... SET,
-- which is equivalent to SET in CREATE FUNCTION.
CREATE SCHEMA audit;
CREATE TABLE audit.ddl_log (tag text, who name);

CREATE FUNCTION audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO audit.ddl_log VALUES (tg_tag, session_user);
END $$;
ALTER FUNCTION audit.log_ddl() SET search_path = pg_catalog, pg_temp;
REVOKE ALL ON FUNCTION audit.log_ddl() FROM PUBLIC;

CREATE EVENT TRIGGER audit_log_ddl ON ddl_command_end EXECUTE FUNCTION audit.log_ddl();
