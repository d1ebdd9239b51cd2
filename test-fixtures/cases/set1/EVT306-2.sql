-- fixture: rules=EVT306 pg=18
-- verify: command DROP TABLE old_data
-- Near-miss: everything comes from the dropped-objects row itself; pg_namespace is looked up by
-- the schema name, which still exists.
CREATE TABLE old_data (id int);
CREATE TABLE drop_log (ident text, schema_oid oid);

CREATE OR REPLACE FUNCTION log_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    FOR obj IN SELECT * FROM pg_event_trigger_dropped_objects() WHERE object_type = 'table' LOOP
        INSERT INTO drop_log
        SELECT obj.object_identity, n.oid FROM pg_namespace n WHERE n.nspname = obj.schema_name;
    END LOOP;
END $$;

CREATE EVENT TRIGGER log_drops ON sql_drop EXECUTE FUNCTION log_drops();
