-- fixture: rules=EVT407 pg=18
-- verify: command DROP SCHEMA bulk CASCADE
-- Hazard: the NOTIFY payload aggregates every dropped object; dropping a schema with 150 tables
-- passes 8000 bytes and the DROP fails (fact 12.5).
CREATE SCHEMA bulk;
DO $$
BEGIN
    FOR i IN 1..150 LOOP
        EXECUTE format('CREATE TABLE bulk.%I (id int)', 'customer_invoice_archive_' || i);
    END LOOP;
END $$;

CREATE FUNCTION notify_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    payload text;
BEGIN
    SELECT json_agg(json_build_object('type', object_type, 'id', object_identity))::text
      INTO payload
      FROM pg_event_trigger_dropped_objects();
    -- expect: EVT407
    PERFORM pg_notify('schema_changes', payload);
END $$;

CREATE EVENT TRIGGER notify_drops ON sql_drop EXECUTE FUNCTION notify_drops();
