-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Near-miss: SQLSTATE '25006' (read_only_sql_transaction) written as a code, handler only
-- warns (fact 12.3).
CREATE TABLE public.last_login (usename name PRIMARY KEY, seen timestamptz);

CREATE FUNCTION public.remember_login() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $_$
BEGIN
    INSERT INTO public.last_login AS l VALUES (session_user, now())
        ON CONFLICT (usename) DO UPDATE SET seen = excluded.seen;
EXCEPTION
    WHEN SQLSTATE '25006' THEN
        RAISE WARNING 'login not recorded: %', SQLERRM;
END;
$_$;

CREATE EVENT TRIGGER remember_login ON login EXECUTE PROCEDURE public.remember_login();
