-- fixture: rules=EVT601 pg=18
-- verify: rerun
-- Hazard: the guard drops a differently spelled trigger; the second run fails at CREATE.
CREATE OR REPLACE FUNCTION ddl_audit() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END $$;

DROP EVENT TRIGGER IF EXISTS ddl_audit_trigger;
-- expect: EVT601 "already exists"
CREATE EVENT TRIGGER ddl_audit_trg ON ddl_command_end EXECUTE FUNCTION ddl_audit();
