-- fixture: rules=EVT104 pg=13
-- No verify line. table_rewrite and pg_event_trigger_ddl_commands() exist since 9.5, so a
-- 13 target is fine; REINDEX is only a tag from 17 on, but here it is not used.
CREATE OR REPLACE FUNCTION no_rewrites() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % would be rewritten', pg_event_trigger_table_rewrite_oid()::regclass;
END $$;

CREATE OR REPLACE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
    RAISE NOTICE '% %', r.command_tag, r.object_identity;
  END LOOP;
END $$;

CREATE EVENT TRIGGER no_rewrites ON table_rewrite EXECUTE PROCEDURE no_rewrites();
CREATE EVENT TRIGGER log_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') EXECUTE PROCEDURE log_ddl();
