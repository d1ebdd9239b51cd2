-- fixture: rules=EVT306 pg=18
-- verify: command DROP TABLE invoices
-- Near-miss: the schema of a dropped table still exists; the lookup goes by schema_name, not objid.
CREATE TABLE invoices (id int);

CREATE FUNCTION dropped_by_schema() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    d record;
    owner_name name;
BEGIN
    FOR d IN SELECT * FROM pg_event_trigger_dropped_objects() WHERE schema_name IS NOT NULL AND original LOOP
        SELECT nspowner::regrole::name INTO STRICT owner_name FROM pg_namespace WHERE nspname = d.schema_name;
        RAISE NOTICE '% dropped from schema owned by %', d.object_identity, owner_name;
    END LOOP;
END $$;

CREATE EVENT TRIGGER dropped_by_schema ON sql_drop EXECUTE FUNCTION dropped_by_schema();
