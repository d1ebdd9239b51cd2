-- fixture: rules=EVT302 pg=18
-- verify: firing-order ALTER TABLE t DROP COLUMN c
-- Near-miss: zero-padded numbers; and a same-numbered trigger on another event.
SET event_triggers = off;
CREATE TABLE t (id int, c int);
CREATE OR REPLACE FUNCTION note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'fired for %', tg_tag;
END $$;

CREATE EVENT TRIGGER evt_01_guard   ON ddl_command_start EXECUTE FUNCTION note();
CREATE EVENT TRIGGER evt_02_log     ON ddl_command_start EXECUTE FUNCTION note();
CREATE EVENT TRIGGER evt_10_notify  ON ddl_command_start EXECUTE FUNCTION note();
CREATE EVENT TRIGGER evt_2_collect  ON sql_drop          EXECUTE FUNCTION note();
CREATE EVENT TRIGGER evt_10_cleanup ON ddl_command_end   EXECUTE FUNCTION note();
