-- fixture: rules=EVT301 pg=18
-- verify: firing-order ALTER TABLE t DROP COLUMN c
-- Near-miss: the same pair named so that byte order is the intended order.
SET event_triggers = off;
CREATE TABLE t (id int, c int);
CREATE SCHEMA IF NOT EXISTS ddl;
CREATE TABLE IF NOT EXISTS ddl.staging (tag text, ident text);
CREATE TABLE IF NOT EXISTS ddl.published (tag text, ident text);

CREATE OR REPLACE FUNCTION ddl.collect() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl.staging
    SELECT command_tag, object_identity FROM pg_event_trigger_ddl_commands();
END $$;

CREATE OR REPLACE FUNCTION ddl.publish() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl.published SELECT tag, ident FROM ddl.staging;
    DELETE FROM ddl.staging;
END $$;

CREATE EVENT TRIGGER step_02_collect ON ddl_command_end EXECUTE FUNCTION ddl.collect();
CREATE EVENT TRIGGER step_10_publish ON ddl_command_end EXECUTE FUNCTION ddl.publish();
