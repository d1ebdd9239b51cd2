-- fixture: rules=EVT205 pg=18
-- verify: creation
-- Near-miss: unquoted upper case folds to the right event name; EXECUTE PROCEDURE is the old spelling.
CREATE OR REPLACE FUNCTION log_it() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER Log_Tables ON DDL_COMMAND_END
    WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
    EXECUTE PROCEDURE public.log_it();
