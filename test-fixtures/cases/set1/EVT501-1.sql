-- fixture: rules=EVT501 pg=18
-- No verify line (no check observes a search_path hijack). Fact 3: trigger functions run as the
-- invoking user unless SECURITY DEFINER; with public first, any user's object named like a callee wins.
CREATE OR REPLACE FUNCTION public.login_audit() RETURNS event_trigger
    LANGUAGE plpgsql
    SECURITY DEFINER -- expect: EVT501
    SET search_path = public, pg_catalog
AS $$
BEGIN
    IF NOT pg_is_in_recovery() THEN
        INSERT INTO login_audit_log (usr) VALUES (session_user);
    END IF;
END $$;

CREATE EVENT TRIGGER login_audit ON login EXECUTE FUNCTION public.login_audit();
