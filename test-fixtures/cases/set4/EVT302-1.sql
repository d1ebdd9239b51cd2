-- fixture: rules=EVT302 pg=18
-- verify: firing-order ALTER TABLE probe_t DROP COLUMN c
-- Hazard: step_10_cleanup sorts before step_1_log and step_2_notify ('0' < '_' bytewise, facts 3).
SET event_triggers = off;
CREATE TABLE probe_t (a int, c int);
CREATE FUNCTION step() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', tg_tag; END $$;

CREATE EVENT TRIGGER step_1_log ON ddl_command_end EXECUTE FUNCTION step();
CREATE EVENT TRIGGER step_2_notify ON ddl_command_end EXECUTE FUNCTION step();
-- expect: EVT302 "step_10_cleanup, step_1_log, step_2_notify"
CREATE EVENT TRIGGER step_10_cleanup ON ddl_command_end EXECUTE FUNCTION step();
