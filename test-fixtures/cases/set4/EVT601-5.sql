-- fixture: rules=EVT601 pg=18
-- verify: rerun
-- Hazard: in a psql script, a transaction with CREATE OR REPLACE for the function but a plain
-- CREATE for the trigger.
\set ON_ERROR_STOP on
BEGIN;
CREATE OR REPLACE FUNCTION public.track_ddl() RETURNS event_trigger
    LANGUAGE plpgsql AS $track$
BEGIN
    RAISE NOTICE '% on %', tg_tag, tg_event;
END
$track$;
-- expect: EVT601 "already exists"
CREATE EVENT TRIGGER track_ddl ON ddl_command_end EXECUTE FUNCTION public.track_ddl();
COMMIT;
