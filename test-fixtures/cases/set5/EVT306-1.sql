-- fixture: rules=EVT306 pg=18
-- verify: command DROP TABLE victim
-- Hazard: the dropped table's pg_class row is already gone; STRICT turns "no row" into an error.
CREATE TABLE victim (id int);

CREATE FUNCTION log_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  d record;
  owner_name name;
BEGIN
  FOR d IN SELECT * FROM pg_event_trigger_dropped_objects() WHERE object_type = 'table' LOOP
    -- expect: EVT306
    SELECT r.rolname INTO STRICT owner_name FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
      WHERE c.oid = d.objid;
    RAISE NOTICE '% dropped (owner %)', d.object_identity, owner_name;
  END LOOP;
END $$;

CREATE EVENT TRIGGER log_drops ON sql_drop EXECUTE FUNCTION log_drops();
