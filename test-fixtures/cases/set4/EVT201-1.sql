-- fixture: rules=EVT201 pg=18
-- verify: creation
-- DROP OWNED is supported by event triggers, REASSIGN OWNED is not (facts 8.2).
CREATE FUNCTION owned_watch() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER drop_owned_watch ON ddl_command_end
    WHEN TAG IN ('DROP OWNED')
    EXECUTE FUNCTION owned_watch();

CREATE EVENT TRIGGER reassign_watch ON ddl_command_start
    -- expect: EVT201 "event triggers are not supported for REASSIGN OWNED"
    WHEN TAG IN ('REASSIGN OWNED')
    EXECUTE FUNCTION owned_watch();
