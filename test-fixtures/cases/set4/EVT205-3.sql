-- fixture: rules=EVT205 pg=18
-- verify: creation
-- Hazard: two tag conditions joined by AND name the same variable twice (facts 1.2 check 3b).
CREATE FUNCTION table_note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER table_note ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE')
    -- expect: EVT205 "specified more than once"
     AND TAG IN ('ALTER TABLE')
    EXECUTE FUNCTION table_note();
