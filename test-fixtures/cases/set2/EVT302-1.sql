-- fixture: rules=EVT302 pg=18
-- verify: firing-order ALTER TABLE t DROP COLUMN c
-- Numbers in the middle of the names: ddl9_check is meant before ddl10_log.
SET event_triggers = off;
CREATE TABLE t (id int, c int);
CREATE OR REPLACE FUNCTION note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;
CREATE EVENT TRIGGER ddl9_check ON ddl_command_start EXECUTE FUNCTION note();
-- expect: EVT302 "ddl10_log, ddl9_check"
CREATE EVENT TRIGGER ddl10_log ON ddl_command_start EXECUTE FUNCTION note();
