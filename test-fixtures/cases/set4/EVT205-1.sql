-- fixture: rules=EVT205 pg=18
-- verify: creation
-- Near-miss: a quoted lower-case event name, an unquoted mixed-case one, and TAG in capitals are
-- all fine after identifier folding (facts 1.1).
CREATE FUNCTION ddl_note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '% %', tg_event, tg_tag;
END $$;

CREATE EVENT TRIGGER ddl_note_end ON "ddl_command_end" EXECUTE FUNCTION ddl_note();
CREATE EVENT TRIGGER ddl_note_start ON DDL_Command_Start WHEN TAG IN ('CREATE TABLE') EXECUTE PROCEDURE ddl_note();
