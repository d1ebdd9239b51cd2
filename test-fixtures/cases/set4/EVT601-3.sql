-- fixture: rules=EVT601 pg=18
-- verify: rerun
-- Near-miss: DROP FUNCTION ... CASCADE removes the trigger with its function before both are
-- created again.
DROP FUNCTION IF EXISTS ops.ddl_audit() CASCADE;
CREATE SCHEMA IF NOT EXISTS ops;

CREATE FUNCTION ops.ddl_audit() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END $$;

CREATE EVENT TRIGGER ops_ddl_audit ON ddl_command_end EXECUTE FUNCTION ops.ddl_audit();
