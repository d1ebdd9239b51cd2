-- fixture: rules=EVT403 pg=18
-- verify: command DROP SCHEMA app CASCADE
-- Hazard: = (SELECT ...) over dropped objects; DROP SCHEMA ... CASCADE drops many.
CREATE SCHEMA app;
CREATE TABLE app.a (id int);
CREATE TABLE app.b (id int);

CREATE FUNCTION guard_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  -- expect: EVT403
  IF 'app' = (SELECT schema_name FROM pg_event_trigger_dropped_objects() WHERE object_type = 'table') THEN
    RAISE NOTICE 'dropping app tables';
  END IF;
END $$;

CREATE EVENT TRIGGER guard_drop ON sql_drop EXECUTE FUNCTION guard_drop();
