-- fixture: rules=EVT403 pg=18
-- verify: command DROP TABLE probe_a, probe_b
-- Near-miss: aggregates without GROUP BY return exactly one row.
CREATE TABLE probe_a (id int);
CREATE TABLE probe_b (id int);

CREATE FUNCTION drop_summary() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    n int;
    names text;
BEGIN
    SELECT count(*), string_agg(object_identity, ', ' ORDER BY object_identity)
      INTO n, names
      FROM pg_event_trigger_dropped_objects()
     WHERE original;
    RAISE NOTICE '% objects: %', n, names;
    IF (SELECT bool_or(is_temporary) FROM pg_event_trigger_dropped_objects()) THEN
        RAISE NOTICE 'temporary objects among them';
    END IF;
END $$;

CREATE EVENT TRIGGER drop_summary ON sql_drop EXECUTE FUNCTION drop_summary();
