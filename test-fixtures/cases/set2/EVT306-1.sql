-- fixture: rules=EVT306 pg=18
-- No verify line: a regclass cast of a dropped table's OID prints the bare number instead of
-- failing, which no check observes (facts 4: the rows are already gone in sql_drop).
CREATE TABLE IF NOT EXISTS drops (name text);

CREATE OR REPLACE FUNCTION record_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() WHERE classid = 'pg_class'::regclass LOOP
        INSERT INTO drops VALUES (r.objid::regclass::text); -- expect: EVT306
    END LOOP;
END $$;

CREATE EVENT TRIGGER record_drops ON sql_drop EXECUTE FUNCTION record_drops();
