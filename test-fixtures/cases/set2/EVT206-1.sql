-- fixture: rules=EVT206 pg=18
-- verify: fires COMMENT ON TABLE notes IS 'x'
-- COMMENT never drops anything, so it never fires sql_drop; the end trigger does fire.
CREATE TABLE notes (id int);
CREATE OR REPLACE FUNCTION note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '% %', tg_event, tg_tag;
END $$;

CREATE EVENT TRIGGER comment_end ON ddl_command_end WHEN TAG IN ('COMMENT') EXECUTE FUNCTION note();
CREATE EVENT TRIGGER comment_drop ON sql_drop
    WHEN TAG IN ('COMMENT') -- expect: EVT206
    EXECUTE FUNCTION note();
