-- fixture: rules=EVT301 pg=18
-- verify: firing-order ALTER TABLE t DROP COLUMN c
-- Near-miss: writer and reader are on different events; events fire start before end whatever
-- the names (fact 3), so "z_" writing at start before "a_" reading at end is fine.
SET event_triggers = off;
CREATE TABLE t (id int, c int);
CREATE TABLE IF NOT EXISTS ddl_timing (started timestamptz);

CREATE OR REPLACE FUNCTION mark_start() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('ddl.started_at', clock_timestamp()::text, true);
    INSERT INTO ddl_timing VALUES (clock_timestamp());
END $$;

CREATE OR REPLACE FUNCTION report_duration() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'took %', clock_timestamp() - current_setting('ddl.started_at', true)::timestamptz;
    RAISE NOTICE 'starts so far: %', (SELECT count(*) FROM ddl_timing);
END $$;

CREATE EVENT TRIGGER z_mark_start ON ddl_command_start EXECUTE FUNCTION mark_start();
CREATE EVENT TRIGGER a_report_duration ON ddl_command_end EXECUTE FUNCTION report_duration();
