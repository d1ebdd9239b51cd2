-- fixture: rules=EVT204 pg=18
-- verify: creation
-- Hazard: TRUNCATE never reaches the event-trigger path (facts 8.2), its tag is not accepted.
CREATE FUNCTION block_destructive() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_user <> 'dba' THEN
        RAISE EXCEPTION '% is reserved for the dba', tg_tag;
    END IF;
END $$;

CREATE EVENT TRIGGER block_destructive ON ddl_command_start
    WHEN TAG IN ('DROP TABLE',
        -- expect: EVT204 "event triggers are not supported for TRUNCATE TABLE"
        'TRUNCATE TABLE')
    EXECUTE FUNCTION block_destructive();
