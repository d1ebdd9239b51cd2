-- fixture: rules=EVT202 pg=18
-- verify: creation
-- Hazard: an event trigger cannot watch event-trigger commands.
CREATE FUNCTION meta_watch() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER meta_watch ON ddl_command_start
    WHEN TAG IN ('CREATE FUNCTION', 'ALTER FUNCTION',
        -- expect: EVT202 "event triggers are not supported for Drop Event Trigger"
        'Drop Event Trigger')
    EXECUTE FUNCTION meta_watch();
