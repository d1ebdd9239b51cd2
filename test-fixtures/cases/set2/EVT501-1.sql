-- fixture: rules=EVT501 pg=18
-- No verify line (no check observes a hijacked search_path). Near-miss by RULES.md: public comes
-- after pg_catalog and pg_temp is last.
CREATE TABLE IF NOT EXISTS public.ddl_log (tag text);
CREATE OR REPLACE FUNCTION public.log_ddl() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    AS $$
BEGIN
    INSERT INTO ddl_log VALUES (tg_tag);
END $$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION public.log_ddl();
