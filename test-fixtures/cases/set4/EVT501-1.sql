-- fixture: rules=EVT501 pg=18
-- No verify line: a security claim (search_path hijack) that no check observes. public, writable,
-- is searched before pg_catalog because the path names pg_catalog after it, and pg_temp is not last.
CREATE TABLE public.ddl_log (tag text, who name);

CREATE FUNCTION public.log_ddl() RETURNS event_trigger
    LANGUAGE plpgsql
    -- expect: EVT501
    SECURITY DEFINER
    SET search_path = public, pg_catalog
AS $$
BEGIN
    INSERT INTO ddl_log VALUES (tg_tag, session_user);
END $$;

CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION public.log_ddl();
