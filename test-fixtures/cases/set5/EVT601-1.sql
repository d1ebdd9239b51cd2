-- fixture: rules=EVT601 pg=18
-- verify: rerun
-- Hazard: the drop names "Audit_DDL" (quoted, mixed case); the trigger is audit_ddl.
CREATE OR REPLACE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '%', tg_tag;
END $$;

DROP EVENT TRIGGER IF EXISTS "Audit_DDL";
-- expect: EVT601 "already exists"
CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION audit_ddl();
