-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- The handler names the condition by its SQLSTATE (25006 = read_only_sql_transaction).
CREATE TABLE IF NOT EXISTS public.login_trace (who text, at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION public.trace_login() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.login_trace (who) VALUES (session_user);
EXCEPTION
    WHEN SQLSTATE '25006' THEN
        RAISE DEBUG 'read-only node, login not traced';
END;
$$;

DROP EVENT TRIGGER IF EXISTS trace_login;
CREATE EVENT TRIGGER trace_login ON login EXECUTE FUNCTION public.trace_login();
ALTER EVENT TRIGGER trace_login ENABLE ALWAYS;
