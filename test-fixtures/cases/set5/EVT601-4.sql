-- migrate:up
-- No verify line: dbmate applies each migration once (RULES EVT601: off for dbmate), so a
-- rerun is not how this file is used. Near-miss.
CREATE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '%', tg_tag;
END $$;
CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION audit_ddl();

-- migrate:down
DROP EVENT TRIGGER audit_ddl;
DROP FUNCTION audit_ddl();
