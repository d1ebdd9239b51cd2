-- fixture: rules=EVT401 pg=18
-- verify: command DROP TABLE scratch
-- Near-miss: one function for two triggers, each event function called only under its TG_EVENT.
CREATE TABLE scratch (id int);

CREATE OR REPLACE FUNCTION ddl_journal() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    IF TG_EVENT = 'sql_drop' THEN
        FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
            RAISE NOTICE 'drop %', r.object_identity;
        END LOOP;
    ELSIF TG_EVENT = 'ddl_command_end' THEN
        FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
            RAISE NOTICE 'ddl %', r.object_identity;
        END LOOP;
    END IF;
END $$;

CREATE EVENT TRIGGER ddl_journal_drop ON sql_drop EXECUTE FUNCTION ddl_journal();
CREATE EVENT TRIGGER ddl_journal_end ON ddl_command_end EXECUTE FUNCTION ddl_journal();
