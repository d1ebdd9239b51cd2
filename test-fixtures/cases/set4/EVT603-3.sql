-- fixture: rules=EVT603 pg=18
-- verify: creation
-- Hazard: a renamed trigger is then altered under its old name.
CREATE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER ddl_watch ON ddl_command_end EXECUTE FUNCTION audit_ddl();
ALTER EVENT TRIGGER ddl_watch RENAME TO zz_ddl_watch;
-- expect: EVT603 "does not exist"
ALTER EVENT TRIGGER ddl_watch ENABLE REPLICA;
