-- fixture: rules=EVT304 pg=18
-- verify: command CREATE TABLE probe304 (a int)
-- Near-miss: the start trigger reads catalogs, but about the session (roles, other triggers),
-- not about the object being created.
CREATE FUNCTION require_owner_role() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
    RAISE EXCEPTION 'unknown role';
  END IF;
  IF (SELECT count(*) FROM pg_event_trigger WHERE evtenabled = 'D') > 0 THEN
    RAISE WARNING 'some event triggers are disabled';
  END IF;
END $$;

CREATE EVENT TRIGGER require_owner_role ON ddl_command_start
  WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION require_owner_role();
