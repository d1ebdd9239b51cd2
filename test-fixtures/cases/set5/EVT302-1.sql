-- fixture: rules=EVT302 pg=18
-- verify: firing-order ALTER TABLE t DROP COLUMN c
-- Hazard: numbered steps 1, 2, 10: step 10 fires between 1 and 2.
SET event_triggers = off;
CREATE TABLE t (c int, d int);
CREATE FUNCTION step() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', tg_tag; END $$;

CREATE EVENT TRIGGER etl_step1 ON ddl_command_end EXECUTE FUNCTION step();
CREATE EVENT TRIGGER etl_step2 ON ddl_command_end EXECUTE FUNCTION step();
-- expect: EVT302 "etl_step1, etl_step10, etl_step2"
CREATE EVENT TRIGGER etl_step10 ON ddl_command_end EXECUTE FUNCTION step();
RESET event_triggers;
