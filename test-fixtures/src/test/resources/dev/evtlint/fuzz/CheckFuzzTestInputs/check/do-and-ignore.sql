-- evtlint-ignore EVT101 reason
DO $do$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_event_trigger WHERE evtname = 'x') THEN
    EXECUTE 'CREATE EVENT TRIGGER x ON login EXECUTE FUNCTION f()';
  END IF;
END $do$;
SELECT 'broken
