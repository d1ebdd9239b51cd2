-- fixture: rules=EVT503 pg=18
-- verify: privileges CREATE TABLE scratch_503 (id int)
-- "Make the reporting schema usable whenever a table appears": a persistent grant as a side effect of DDL.
CREATE ROLE report_reader NOLOGIN;
CREATE SCHEMA reporting;

CREATE OR REPLACE FUNCTION open_reporting() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    GRANT USAGE ON SCHEMA reporting TO report_reader; -- expect: EVT503
END $$;

CREATE EVENT TRIGGER open_reporting ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION open_reporting();
