-- fixture: rules=EVT601 pg=18
-- verify: rerun
-- Near-miss: DROP FUNCTION ... CASCADE removes the trigger before it is created again.
DROP FUNCTION IF EXISTS audit_ddl() CASCADE;
CREATE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '%', tg_tag;
END $$;
CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION audit_ddl();
