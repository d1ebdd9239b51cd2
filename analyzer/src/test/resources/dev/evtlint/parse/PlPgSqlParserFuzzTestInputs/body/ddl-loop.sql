
DECLARE
  r record;
  n int := 0;
BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
    n := n + 1;
    EXECUTE format('GRANT SELECT ON %s TO auditor', r.object_identity);
  END LOOP;
EXCEPTION WHEN others THEN
  RAISE WARNING 'failed: %', SQLERRM;
END
