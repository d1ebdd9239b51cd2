-- fixture: rules=EVT302 pg=18
-- verify: firing-order ALTER TABLE t DROP COLUMN c
-- Near-miss: zero-padded numbers, and triggers on different events.
SET event_triggers = off;
CREATE TABLE t (c int, d int);
CREATE FUNCTION step() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', tg_tag; END $$;

CREATE EVENT TRIGGER etl_01 ON ddl_command_end EXECUTE FUNCTION step();
CREATE EVENT TRIGGER etl_02 ON ddl_command_end EXECUTE FUNCTION step();
CREATE EVENT TRIGGER etl_10 ON ddl_command_end EXECUTE FUNCTION step();
CREATE EVENT TRIGGER etl_2_start ON ddl_command_start EXECUTE FUNCTION step();
CREATE EVENT TRIGGER etl_10_drop ON sql_drop EXECUTE FUNCTION step();
RESET event_triggers;
