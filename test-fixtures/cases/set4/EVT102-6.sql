-- fixture: rules=EVT102 pg=18
-- verify: login
-- Near-miss: pg_has_role(..., 'USAGE') is true for a superuser, so the raise is skipped for
-- superusers; only roles outside app_users are refused.
CREATE ROLE app_users NOLOGIN;

CREATE FUNCTION members_only() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'app_users', 'USAGE') THEN
        RAISE EXCEPTION 'role % may not log in here', session_user;
    END IF;
END $$;

CREATE EVENT TRIGGER members_only ON login EXECUTE FUNCTION members_only();
