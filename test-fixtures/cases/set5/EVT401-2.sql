-- fixture: rules=EVT401 pg=18
-- verify: command DROP TABLE gone
-- Near-miss: one function behind two triggers; each event function is called only under the
-- TG_EVENT test that matches it.
CREATE TABLE gone (id int);

CREATE FUNCTION ddl_journal() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF TG_EVENT = 'sql_drop' THEN
    FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
      RAISE NOTICE 'dropped %', r.object_identity;
    END LOOP;
  ELSE
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
      RAISE NOTICE 'changed %', r.object_identity;
    END LOOP;
  END IF;
END $$;

CREATE EVENT TRIGGER ddl_journal_end ON ddl_command_end EXECUTE FUNCTION ddl_journal();
CREATE EVENT TRIGGER ddl_journal_drop ON sql_drop EXECUTE FUNCTION ddl_journal();
