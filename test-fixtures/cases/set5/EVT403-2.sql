-- fixture: rules=EVT403 pg=18
-- verify: command CREATE TABLE probe403 (id serial PRIMARY KEY)
-- Near-miss: aggregates without GROUP BY always give one row.
CREATE FUNCTION summarize() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  n int;
  names text;
BEGIN
  SELECT count(*), string_agg(object_identity, ', ')
    INTO n, names
    FROM pg_event_trigger_ddl_commands();
  RAISE NOTICE '% objects: %', n, names;
END $$;

CREATE EVENT TRIGGER summarize ON ddl_command_end EXECUTE FUNCTION summarize();
