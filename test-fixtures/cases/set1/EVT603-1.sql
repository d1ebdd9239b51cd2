-- fixture: rules=EVT603 pg=18
-- verify: creation
-- The maintenance script disables a trigger under a name the project does not use.
CREATE OR REPLACE FUNCTION audit_ddl_fn() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;
CREATE EVENT TRIGGER audit_ddl_end ON ddl_command_end EXECUTE FUNCTION audit_ddl_fn();

-- before bulk changes
ALTER EVENT TRIGGER audit_ddl DISABLE; -- expect: EVT603 col 21 "does not exist"
