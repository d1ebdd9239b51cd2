-- fixture: rules=EVT401 pg=18
-- verify: command DROP TABLE scratch
-- Dropped objects asked for at ddl_command_end: the function works only in sql_drop (fact 4).
CREATE TABLE scratch (id int);

CREATE OR REPLACE FUNCTION report_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    d record;
BEGIN
    FOR d IN
        -- expect: EVT401 "pg_event_trigger_dropped_objects"
        SELECT object_type, object_identity FROM pg_event_trigger_dropped_objects()
    LOOP
        RAISE NOTICE 'dropped % %', d.object_type, d.object_identity;
    END LOOP;
END $$;

CREATE EVENT TRIGGER report_drops ON ddl_command_end
    WHEN TAG IN ('DROP TABLE', 'DROP VIEW')
    EXECUTE FUNCTION report_drops();
