-- fixture: rules=EVT502 pg=18
-- No verify line (needs a hostile name). format('%s') does not quote: object_name from the dropped
-- objects goes into the statement as it is.
CREATE OR REPLACE FUNCTION drop_twin() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() WHERE object_type = 'table' AND original LOOP
        EXECUTE format('DROP TABLE IF EXISTS shadow.%s', r.object_name); -- expect: EVT502
    END LOOP;
END $$;
CREATE EVENT TRIGGER drop_twin ON sql_drop EXECUTE FUNCTION drop_twin();
