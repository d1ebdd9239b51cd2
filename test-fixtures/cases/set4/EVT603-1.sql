-- fixture: rules=EVT603 pg=18
-- verify: creation
-- Hazard: a quoted mixed-case name must be quoted again; unquoted it folds to lower case.
CREATE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER "AuditDDL" ON ddl_command_end EXECUTE FUNCTION audit_ddl();
ALTER EVENT TRIGGER "AuditDDL" ENABLE ALWAYS;
-- expect: EVT603 "does not exist"
ALTER EVENT TRIGGER AuditDDL DISABLE;
