CREATE FUNCTION on_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_event_trigger_dropped_objects();
  PERFORM pg_event_trigger_table_rewrite_oid();
  LOCK TABLE t;
  PERFORM dblink('x', 'SELECT 1');
END $$;
CREATE EVENT TRIGGER zz_drop ON sql_drop EXECUTE FUNCTION on_drop();
CREATE EVENT TRIGGER rw ON table_rewrite EXECUTE FUNCTION on_drop();
