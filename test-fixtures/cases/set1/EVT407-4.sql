-- fixture: rules=EVT407 pg=18
-- verify: command DROP SCHEMA bulk CASCADE
-- Near-miss: one notification per object, each small.
CREATE SCHEMA bulk;
DO $$
BEGIN
    FOR i IN 1..120 LOOP
        EXECUTE format('CREATE TABLE bulk.partition_of_a_rather_long_table_name_%s (id int)', i);
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION announce_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT object_type, object_identity FROM pg_event_trigger_dropped_objects() LOOP
        PERFORM pg_notify('ddl_drops', r.object_type || ' ' || r.object_identity);
    END LOOP;
    PERFORM pg_notify('ddl_drops', TG_TAG);
END $$;

CREATE EVENT TRIGGER announce_drops ON sql_drop EXECUTE FUNCTION announce_drops();
