-- fixture: rules=EVT601 pg=18
-- verify: rerun
-- Near-miss: the creation sits in an existence check in a DO block.
CREATE OR REPLACE FUNCTION public.forbid_drop_table() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('app.allow_drop', true) IS DISTINCT FROM 'on' THEN
        RAISE EXCEPTION 'DROP TABLE is disabled; SET app.allow_drop = on first';
    END IF;
END $$;

DO $do$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_event_trigger WHERE evtname = 'forbid_drop_table') THEN
        CREATE EVENT TRIGGER forbid_drop_table ON ddl_command_start
            WHEN TAG IN ('DROP TABLE')
            EXECUTE FUNCTION public.forbid_drop_table();
    END IF;
END
$do$;
