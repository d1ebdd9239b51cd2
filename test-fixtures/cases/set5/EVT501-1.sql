-- fixture: rules=EVT501 pg=18
-- No verify line: no check observes search_path hijacking (facts 3: SECURITY DEFINER runs as the
-- owner; the path decides which objects resolve). Hazard: no pg_temp at the end.
CREATE SCHEMA admin;
CREATE TABLE admin.ddl_log (tag text);
CREATE FUNCTION admin.log_ddl() RETURNS event_trigger
  LANGUAGE plpgsql
  -- expect: EVT501
  SECURITY DEFINER
  SET search_path TO admin, pg_catalog
AS $$
BEGIN
  INSERT INTO ddl_log VALUES (tg_tag);
END $$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION admin.log_ddl();
