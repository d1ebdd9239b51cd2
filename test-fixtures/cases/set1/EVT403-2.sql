-- fixture: rules=EVT403 pg=18
-- verify: command DROP SCHEMA stage CASCADE
-- Near-miss: aggregates without GROUP BY always give one row.
CREATE SCHEMA stage;
CREATE TABLE stage.a (id serial PRIMARY KEY);
CREATE TABLE stage.b (id int);

CREATE OR REPLACE FUNCTION drop_summary() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    n      int;
    names  text[];
BEGIN
    SELECT count(*), array_agg(object_identity) INTO n, names
      FROM pg_event_trigger_dropped_objects();
    IF (SELECT bool_or(is_temporary) FROM pg_event_trigger_dropped_objects()) THEN
        RAISE NOTICE 'temporary objects among them';
    END IF;
    RAISE NOTICE '% objects dropped: %', n, names;
END $$;

CREATE EVENT TRIGGER drop_summary ON sql_drop EXECUTE FUNCTION drop_summary();
