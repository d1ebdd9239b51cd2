-- fixture: rules=EVT402 pg=18
-- verify: command DROP TABLE gone
-- A loop record read with a field the dropped-objects function does not return (tag).
CREATE TABLE gone (id int);

CREATE OR REPLACE FUNCTION on_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    rec record;
BEGIN
    FOR rec IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
        IF rec.original THEN
            RAISE NOTICE '% dropped %', rec.tag, rec.object_identity; -- expect: EVT402
        END IF;
    END LOOP;
END $$;

CREATE EVENT TRIGGER on_drop ON sql_drop EXECUTE FUNCTION on_drop();
