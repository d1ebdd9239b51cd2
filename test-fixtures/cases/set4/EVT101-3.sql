-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Near-miss: a CONSTANT initialised from pg_is_in_recovery() and a searched CASE statement;
-- the UPDATE/INSERT are in the ELSE branch only.
CREATE TABLE public.last_login (usename name PRIMARY KEY, at timestamptz);

CREATE FUNCTION public.stamp_login() RETURNS event_trigger LANGUAGE plpgsql AS $fn$
DECLARE
    in_recovery CONSTANT boolean := pg_is_in_recovery();
BEGIN
    CASE
        WHEN in_recovery THEN
            RAISE LOG 'login on a standby, nothing recorded';
        ELSE
            UPDATE public.last_login SET at = now() WHERE usename = session_user;
            IF NOT FOUND THEN
                INSERT INTO public.last_login VALUES (session_user, now());
            END IF;
    END CASE;
END
$fn$;

CREATE EVENT TRIGGER stamp_login ON login EXECUTE FUNCTION public.stamp_login();
ALTER EVENT TRIGGER stamp_login ENABLE ALWAYS;
