-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Recovery state read into a variable with SELECT ... INTO, early RETURN; then a sequence and an insert.
CREATE SEQUENCE IF NOT EXISTS public.session_no;
CREATE TABLE IF NOT EXISTS public.sessions (
    id      bigint PRIMARY KEY,
    usr     text,
    started timestamptz DEFAULT now()
);

CREATE OR REPLACE FUNCTION public.register_session()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $function$
DECLARE
    in_recovery boolean;
    next_id     bigint;
BEGIN
    SELECT pg_is_in_recovery() INTO in_recovery;
    IF in_recovery THEN
        RETURN;  -- read-only replica: nothing to record
    END IF;

    next_id := nextval('public.session_no');
    INSERT INTO public.sessions (id, usr) VALUES (next_id, session_user);
END
$function$;

DROP EVENT TRIGGER IF EXISTS register_session;
CREATE EVENT TRIGGER register_session ON login
    EXECUTE FUNCTION public.register_session();
ALTER EVENT TRIGGER register_session ENABLE ALWAYS;
