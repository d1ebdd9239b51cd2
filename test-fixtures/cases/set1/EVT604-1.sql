-- fixture: rules=EVT604 pg=18
-- verify: creation
-- Dropping the old function before the trigger that still uses it (fact 1.2).
CREATE SCHEMA IF NOT EXISTS ops;
CREATE OR REPLACE FUNCTION ops.ddl_audit() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;
CREATE EVENT TRIGGER ops_ddl_audit ON ddl_command_end EXECUTE FUNCTION ops.ddl_audit();

-- cleanup of the old audit
DROP FUNCTION IF EXISTS ops.ddl_audit(); -- expect: EVT604 "because other objects depend on it"
DROP EVENT TRIGGER IF EXISTS ops_ddl_audit;
