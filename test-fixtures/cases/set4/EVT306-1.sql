-- fixture: rules=EVT306 pg=18
-- verify: command DROP TABLE invoices
-- Hazard: at sql_drop the pg_class row is already gone; INTO STRICT turns the empty lookup into an error.
CREATE TABLE invoices (id int);

CREATE FUNCTION archive_dropped() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    d record;
    rel_name name;
BEGIN
    FOR d IN SELECT * FROM pg_event_trigger_dropped_objects() WHERE object_type = 'table' LOOP
        -- expect: EVT306
        SELECT relname INTO STRICT rel_name FROM pg_class WHERE oid = d.objid;
        RAISE NOTICE 'dropped %', rel_name;
    END LOOP;
END $$;

CREATE EVENT TRIGGER archive_dropped ON sql_drop EXECUTE FUNCTION archive_dropped();
