-- fixture: rules=EVT206 pg=18
-- verify: fires DROP TABLE scratch
-- Hazard: CREATE TABLE never fires sql_drop (firing matrix), so the first trigger is dead.
CREATE TABLE scratch (id int);

CREATE FUNCTION drop_log() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'sql_drop for %', tg_tag;
END $$;

CREATE EVENT TRIGGER drop_log_create ON sql_drop
    -- expect: EVT206
    WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION drop_log();

CREATE EVENT TRIGGER drop_log_drop ON sql_drop
    WHEN TAG IN ('DROP TABLE')
    EXECUTE FUNCTION drop_log();
