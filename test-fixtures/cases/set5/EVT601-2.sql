-- fixture: rules=EVT601 pg=18
-- verify: rerun
-- Near-miss: created inside a DO block only when missing.
CREATE OR REPLACE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '%', tg_tag;
END $$;

DO $do$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_event_trigger WHERE evtname = 'audit_ddl') THEN
    CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION audit_ddl();
  END IF;
END
$do$;
