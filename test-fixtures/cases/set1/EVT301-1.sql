-- fixture: rules=EVT301 pg=18
-- verify: firing-order ALTER TABLE t DROP COLUMN c
-- Step 2 collects the commands into a staging table, step 10 publishes what is staged; byte order
-- runs step_10 first (fact 3), so it always publishes the previous command's rows.
SET event_triggers = off;
CREATE TABLE t (id int, c int);
CREATE SCHEMA IF NOT EXISTS ddl;
CREATE TABLE IF NOT EXISTS ddl.staging (tag text, ident text);
CREATE TABLE IF NOT EXISTS ddl.published (tag text, ident text);

CREATE OR REPLACE FUNCTION ddl.publish() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl.published SELECT tag, ident FROM ddl.staging;
    DELETE FROM ddl.staging;
END $$;

CREATE OR REPLACE FUNCTION ddl.collect() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl.staging
    SELECT command_tag, object_identity FROM pg_event_trigger_ddl_commands();
END $$;

CREATE EVENT TRIGGER step_10_publish ON ddl_command_end EXECUTE FUNCTION ddl.publish();
-- expect: EVT301 "step_10_publish, step_2_collect"
CREATE EVENT TRIGGER step_2_collect ON ddl_command_end EXECUTE FUNCTION ddl.collect();
