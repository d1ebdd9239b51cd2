-- fixture: rules=EVT206 pg=18
-- verify: fires CREATE TABLE probe_206 (id int)
-- CREATE TABLE never fires sql_drop; the end trigger beside it does fire.
CREATE OR REPLACE FUNCTION track() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '% %', tg_event, tg_tag;
END $$;

CREATE EVENT TRIGGER track_new_tables_end ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION track();

CREATE EVENT TRIGGER track_new_tables_drop ON sql_drop
    WHEN TAG IN ('CREATE TABLE') -- expect: EVT206 col 18
    EXECUTE FUNCTION track();
