-- fixture: rules=EVT503 pg=18
-- verify: privileges CREATE TABLE scratch_503 (id int)
-- Near-miss: the trigger only checks privileges and reports; the words GRANT and REVOKE are in text.
CREATE ROLE report_reader NOLOGIN;
CREATE SCHEMA reporting;

CREATE OR REPLACE FUNCTION check_reporting() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT has_schema_privilege('report_reader', 'reporting', 'USAGE') THEN
        RAISE NOTICE 'run: GRANT USAGE ON SCHEMA reporting TO report_reader (or REVOKE the role)';
    END IF;
END $$;

CREATE EVENT TRIGGER check_reporting ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION check_reporting();
