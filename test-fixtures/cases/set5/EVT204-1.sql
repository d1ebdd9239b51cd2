-- fixture: rules=EVT204 pg=18
-- verify: creation
-- Hazard: CLUSTER and VACUUM FULL rewrite tables but do not fire table_rewrite; the tag is
-- refused for that event.
CREATE FUNCTION rewrite_alarm() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE WARNING 'table % rewritten', pg_event_trigger_table_rewrite_oid()::regclass;
END $$;

CREATE EVENT TRIGGER rewrite_alarm ON table_rewrite
  -- expect: EVT204 "event triggers are not supported for"
  WHEN TAG IN ('ALTER TABLE', 'CLUSTER')
  EXECUTE FUNCTION rewrite_alarm();
