-- fixture: rules=EVT403 pg=18
-- No verify line: SELECT ... INTO keeps the first row silently, no error to observe.
CREATE TABLE dropped_log (ident text);

CREATE OR REPLACE FUNCTION log_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    ident text;
BEGIN
    SELECT object_identity INTO ident FROM pg_event_trigger_dropped_objects(); -- expect: EVT403
    INSERT INTO dropped_log VALUES (ident);
END $$;

CREATE EVENT TRIGGER log_drop ON sql_drop EXECUTE FUNCTION log_drop();
