-- fixture: rules=EVT403 pg=18
-- verify: command DROP TABLE probe_a, probe_b
-- Hazard: SELECT ... INTO STRICT over the original dropped objects; one DROP can name two tables.
CREATE TABLE probe_a (id int);
CREATE TABLE probe_b (id int);

CREATE FUNCTION note_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    victim text;
BEGIN
    -- expect: EVT403
    SELECT object_identity INTO STRICT victim
      FROM pg_event_trigger_dropped_objects()
     WHERE original AND object_type = 'table';
    RAISE NOTICE 'dropped %', victim;
END $$;

CREATE EVENT TRIGGER note_drop ON sql_drop WHEN TAG IN ('DROP TABLE') EXECUTE FUNCTION note_drop();
