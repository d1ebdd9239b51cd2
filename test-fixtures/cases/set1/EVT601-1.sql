-- fixture: rules=EVT601 pg=18
-- verify: rerun
-- A deploy script run on every release: functions are replaced, the trigger is not.
CREATE OR REPLACE FUNCTION public.forbid_drop_table() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('app.allow_drop', true) IS DISTINCT FROM 'on' THEN
        RAISE EXCEPTION 'DROP TABLE is disabled; SET app.allow_drop = on first';
    END IF;
END $$;

-- expect: EVT601 "already exists"
CREATE EVENT TRIGGER forbid_drop_table ON ddl_command_start
    WHEN TAG IN ('DROP TABLE')
    EXECUTE FUNCTION public.forbid_drop_table();
