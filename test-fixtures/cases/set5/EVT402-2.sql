-- fixture: rules=EVT402 pg=18
-- verify: command DROP TABLE gone
-- Near-miss: object_name, address_names and is_temporary exist in the dropped-objects result.
CREATE TABLE gone (id int);
CREATE FUNCTION announce_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  d record;
BEGIN
  FOR d IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
    RAISE NOTICE '% % % %', d.object_name, d.address_names, d.is_temporary, d.original;
  END LOOP;
END $$;

CREATE EVENT TRIGGER announce_drop ON sql_drop EXECUTE FUNCTION announce_drop();
