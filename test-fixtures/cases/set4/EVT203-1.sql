-- fixture: rules=EVT203 pg=18
-- verify: creation
-- Hazard: ALTER COLUMN is part of ALTER TABLE, not a command tag.
CREATE FUNCTION column_watch() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER column_watch ON ddl_command_end
    WHEN TAG IN ('create index',
                 -- expect: EVT203 "not recognized for filter variable"
                 'ALTER COLUMN')
    EXECUTE FUNCTION column_watch();
