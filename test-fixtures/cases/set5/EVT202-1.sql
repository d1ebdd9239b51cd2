-- fixture: rules=EVT202 pg=18
-- verify: creation
-- Hazard: trying to audit changes to the audit triggers themselves.
CREATE FUNCTION watch_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER watch_ddl ON ddl_command_start
  -- expect: EVT202 "event triggers are not supported for"
  WHEN TAG IN ('alter event trigger')
  EXECUTE FUNCTION watch_ddl();
