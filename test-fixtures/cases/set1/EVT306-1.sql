-- fixture: rules=EVT306 pg=18
-- verify: command DROP TABLE old_data
-- Looking the dropped table up in pg_class: its row is already gone, INTO STRICT then fails.
CREATE TABLE old_data (id int);
CREATE TABLE drop_log (relname name, relkind "char");

CREATE OR REPLACE FUNCTION log_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    obj record;
    rel pg_class%ROWTYPE;
BEGIN
    FOR obj IN SELECT * FROM pg_event_trigger_dropped_objects() WHERE object_type = 'table' LOOP
        -- expect: EVT306
        SELECT * INTO STRICT rel FROM pg_class WHERE oid = obj.objid;
        INSERT INTO drop_log VALUES (rel.relname, rel.relkind);
    END LOOP;
END $$;

CREATE EVENT TRIGGER log_drops ON sql_drop EXECUTE FUNCTION log_drops();
