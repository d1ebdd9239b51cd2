-- fixture: rules=EVT302 pg=18
-- verify: firing-order ALTER TABLE probe_t DROP COLUMN c
-- Near-miss: zero-padded numbers sort the way they read.
SET event_triggers = off;
CREATE TABLE probe_t (a int, c int);
CREATE FUNCTION step() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', tg_tag; END $$;

CREATE EVENT TRIGGER evt_01_log ON ddl_command_end EXECUTE FUNCTION step();
CREATE EVENT TRIGGER evt_02_notify ON ddl_command_end EXECUTE FUNCTION step();
CREATE EVENT TRIGGER evt_10_cleanup ON ddl_command_end EXECUTE FUNCTION step();
