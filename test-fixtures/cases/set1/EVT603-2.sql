-- fixture: rules=EVT603 pg=18
-- verify: creation
-- Near-miss: IF EXISTS for a legacy name; a rename, then the new name; quoted mixed case.
CREATE OR REPLACE FUNCTION audit_ddl_fn() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;
DROP EVENT TRIGGER IF EXISTS legacy_audit;
CREATE EVENT TRIGGER "AuditDDL" ON ddl_command_end EXECUTE FUNCTION audit_ddl_fn();
ALTER EVENT TRIGGER "AuditDDL" RENAME TO audit_ddl_end;
ALTER EVENT TRIGGER audit_ddl_end ENABLE ALWAYS;
ALTER EVENT TRIGGER AUDIT_DDL_END DISABLE;
