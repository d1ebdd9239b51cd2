-- fixture: rules=EVT502 pg=18
-- No verify line. Near-miss: %I for the name, object_identity as it comes, a constant statement.
CREATE OR REPLACE FUNCTION drop_twin() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() WHERE object_type = 'table' AND original LOOP
        EXECUTE format('DROP TABLE IF EXISTS shadow.%I', r.object_name);
        EXECUTE 'SELECT pg_notify(''drops'', $1)' USING r.object_identity;
        RAISE NOTICE 'dropped %', r.object_identity;
    END LOOP;
END $$;
CREATE EVENT TRIGGER drop_twin ON sql_drop EXECUTE FUNCTION drop_twin();
