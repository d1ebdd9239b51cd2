-- fixture: rules=EVT602 pg=18
-- verify: dropped-triggers
-- Hazard: a cleanup step drops the audit function with CASCADE, and the event trigger goes with it.
CREATE SCHEMA audit;
CREATE FUNCTION audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;
CREATE EVENT TRIGGER audit_log_ddl ON ddl_command_end EXECUTE FUNCTION audit.log_ddl();

-- v2 renamed helpers; remove the old ones
-- expect: EVT602
DROP FUNCTION IF EXISTS audit.log_ddl() CASCADE;
