-- fixture: rules=EVT306 pg=18
-- verify: command DROP FUNCTION old_fn()
-- Keeping the source of dropped functions: pg_proc has no row for them any more in sql_drop, and
-- INTO STRICT turns that into an error.
CREATE FUNCTION old_fn() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE OR REPLACE FUNCTION audit_fn_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
    src text;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() WHERE object_type = 'function' LOOP
        SELECT p.prosrc INTO STRICT src FROM pg_proc p WHERE p.oid = r.objid; -- expect: EVT306
        RAISE NOTICE 'dropped % (%)', r.object_identity, src;
    END LOOP;
END $$;
CREATE EVENT TRIGGER audit_fn_drops ON sql_drop EXECUTE FUNCTION audit_fn_drops();
