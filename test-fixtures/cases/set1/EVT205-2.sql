-- fixture: rules=EVT205 pg=18
-- verify: creation
-- Two tag lists joined with AND instead of one list.
CREATE OR REPLACE FUNCTION log_it() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER log_tables ON ddl_command_end
    WHEN tag IN ('CREATE TABLE')
     AND tag IN ('ALTER TABLE') -- expect: EVT205 col 10 "specified more than once"
    EXECUTE FUNCTION log_it();
