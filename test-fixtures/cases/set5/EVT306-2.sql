-- fixture: rules=EVT306 pg=18
-- verify: command DROP TABLE victim
-- Near-miss: uses the columns of pg_event_trigger_dropped_objects() only, and looks up the
-- *schema* (which still exists) by name.
CREATE TABLE victim (id int);

CREATE FUNCTION log_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  d record;
  nsp oid;
BEGIN
  FOR d IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
    SELECT oid INTO STRICT nsp FROM pg_namespace WHERE nspname = d.schema_name;
    RAISE NOTICE '% % in schema %', d.object_type, d.object_identity, nsp;
  END LOOP;
END $$;

CREATE EVENT TRIGGER log_drops ON sql_drop WHEN TAG IN ('DROP TABLE') EXECUTE FUNCTION log_drops();
