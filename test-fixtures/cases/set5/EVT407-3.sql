-- fixture: rules=EVT407 pg=18
-- verify: command CREATE FUNCTION probe407() RETURNS int LANGUAGE sql AS 'SELECT 1'
-- Hazard: object_identity cast to regclass fails for anything that is not a relation.
CREATE FUNCTION size_report() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
    -- expect: EVT407
    RAISE NOTICE '% is % bytes', r.object_identity, pg_total_relation_size(r.object_identity::regclass);
  END LOOP;
END $$;

CREATE EVENT TRIGGER size_report ON ddl_command_end EXECUTE FUNCTION size_report();
