-- fixture: rules=EVT405 pg=18
-- verify: command CREATE TABLE probe_405 (id int)
-- A STABLE trigger function that runs DDL (fact 5: not allowed in a non-volatile function).
CREATE TABLE audit_marker (id int);

CREATE OR REPLACE FUNCTION mark_schema() RETURNS event_trigger LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF tg_tag = 'CREATE TABLE' THEN
        -- expect: EVT405
        COMMENT ON TABLE audit_marker IS 'schema changed';
    END IF;
END $$;

CREATE EVENT TRIGGER mark_schema ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION mark_schema();
