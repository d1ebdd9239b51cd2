-- fixture: rules=EVT104 pg=17
-- No verify line (a claim about the target version). Near-miss: login and SET event_triggers
-- on 17 are fine; table_rewrite is old.
SET event_triggers = off;
CREATE FUNCTION note_rewrite() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'rewrite of %', pg_event_trigger_table_rewrite_oid()::regclass;
END $$;
CREATE EVENT TRIGGER note_rewrite ON table_rewrite EXECUTE FUNCTION note_rewrite();
RESET event_triggers;
