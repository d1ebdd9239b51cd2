-- fixture: rules=EVT603 pg=18
-- verify: creation
-- Near-miss: the trigger is created by dynamic SQL in a DO block with a constant name, then altered;
-- the unknown name is dropped with IF EXISTS.
CREATE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

DO $$
BEGIN
    EXECUTE format('CREATE EVENT TRIGGER %I ON ddl_command_end EXECUTE FUNCTION audit_ddl()', 'late_audit');
END $$;

ALTER EVENT TRIGGER late_audit ENABLE ALWAYS;
DROP EVENT TRIGGER IF EXISTS legacy_audit;
