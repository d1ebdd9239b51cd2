-- fixture: rules=EVT501 pg=18
-- No verify line (no check observes it). Near-miss: the search_path is pinned afterwards with
-- ALTER FUNCTION, as pg_dump and many migration tools write it.
CREATE SCHEMA admin;
CREATE TABLE admin.ddl_log (tag text);
CREATE FUNCTION admin.log_ddl() RETURNS event_trigger
  LANGUAGE plpgsql SECURITY DEFINER
AS $$
BEGIN
  INSERT INTO admin.ddl_log VALUES (tg_tag);
END $$;
ALTER FUNCTION admin.log_ddl() SET search_path = pg_catalog, admin, pg_temp;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION admin.log_ddl();
