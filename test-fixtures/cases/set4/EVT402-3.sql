-- fixture: rules=EVT402 pg=18
-- verify: command DROP TABLE probe_402
-- Near-miss: only documented columns, with a table alias and in a loop record.
CREATE TABLE probe_402 (id int);

CREATE FUNCTION drop_report() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    d record;
BEGIN
    FOR d IN
        SELECT o.object_type, o.schema_name, o.object_name, o.object_identity,
               o.address_names, o.address_args, o.is_temporary, o.original, o.normal
        FROM pg_event_trigger_dropped_objects() AS o
    LOOP
        RAISE NOTICE '% % % (temp: %, names %)', d.object_type, d.schema_name, d.object_name, d.is_temporary, d.address_names;
    END LOOP;
END $$;

CREATE EVENT TRIGGER drop_report ON sql_drop EXECUTE FUNCTION drop_report();
