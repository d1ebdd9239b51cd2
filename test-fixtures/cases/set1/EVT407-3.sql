-- fixture: rules=EVT407 pg=18
-- verify: command DROP SCHEMA bulk CASCADE
-- A NOTIFY payload aggregated over every dropped object: a big CASCADE passes 8000 bytes (fact 12.5).
CREATE SCHEMA bulk;
DO $$
BEGIN
    FOR i IN 1..120 LOOP
        EXECUTE format('CREATE TABLE bulk.partition_of_a_rather_long_table_name_%s (id int)', i);
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION announce_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    payload text;
BEGIN
    SELECT string_agg(object_identity, ',') INTO payload
      FROM pg_event_trigger_dropped_objects();
    PERFORM pg_notify('ddl_drops', payload); -- expect: EVT407
END $$;

CREATE EVENT TRIGGER announce_drops ON sql_drop EXECUTE FUNCTION announce_drops();
