-- fixture: rules=EVT601 pg=18
-- verify: rerun
-- Near-miss: the trigger is created inside an existence check.
CREATE OR REPLACE FUNCTION ddl_audit() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END $$;

DO $do$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_event_trigger WHERE evtname = 'ddl_audit') THEN
        CREATE EVENT TRIGGER ddl_audit ON ddl_command_end EXECUTE FUNCTION ddl_audit();
    END IF;
END
$do$;
