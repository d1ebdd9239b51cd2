-- fixture: rules=EVT603 pg=18
-- verify: creation
-- Created unquoted (folded to lower case), altered quoted in mixed case.
CREATE OR REPLACE FUNCTION audit_fn() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;
CREATE EVENT TRIGGER AuditDDL ON ddl_command_end EXECUTE FUNCTION audit_fn();
ALTER EVENT TRIGGER "AuditDDL" DISABLE; -- expect: EVT603 "does not exist"
