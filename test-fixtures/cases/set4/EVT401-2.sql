-- fixture: rules=EVT401 pg=18
-- verify: command DROP TABLE ledger
-- Near-miss: one function for two events; the dropped-objects call runs only when TG_EVENT is sql_drop.
CREATE TABLE ledger (id int);

CREATE FUNCTION ddl_journal() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    IF TG_EVENT = 'sql_drop' THEN
        FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
            RAISE NOTICE 'dropped %', r.object_identity;
        END LOOP;
    ELSE
        RAISE NOTICE 'finished %', TG_TAG;
    END IF;
END $$;

CREATE EVENT TRIGGER ddl_journal_drop ON sql_drop EXECUTE FUNCTION ddl_journal();
CREATE EVENT TRIGGER ddl_journal_end ON ddl_command_end EXECUTE FUNCTION ddl_journal();
