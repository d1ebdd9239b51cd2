-- fixture: rules=EVT102 pg=18
-- verify: login
-- Near-miss: superusers are let through first, looked up in pg_roles; only others can be refused.
CREATE FUNCTION office_hours() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    is_super boolean;
BEGIN
    SELECT rolsuper INTO is_super FROM pg_roles WHERE rolname = session_user;
    IF is_super THEN
        RETURN;
    END IF;
    RAISE EXCEPTION 'logins are closed for maintenance';
END;
$$;

CREATE EVENT TRIGGER office_hours ON login EXECUTE FUNCTION office_hours();
