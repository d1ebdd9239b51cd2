-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Near-miss: everything here is allowed on a standby: a dynamic SET built with format() and a
-- constant template, set_config(), a catalog read, ACCESS SHARE lock, try-advisory-lock.
CREATE TABLE app_settings (k text PRIMARY KEY, v text);

CREATE FUNCTION tag_session() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    peers int;
BEGIN
    SELECT count(*) INTO peers FROM pg_stat_activity WHERE usename = session_user;
    EXECUTE format('SET application_name = %L', 'app:' || session_user);
    PERFORM set_config('statement_timeout', '30s', false);
    LOCK TABLE app_settings IN ACCESS SHARE MODE;
    PERFORM pg_try_advisory_lock(4242);
    RAISE NOTICE '% other sessions', peers;
END;
$$;

CREATE EVENT TRIGGER tag_session ON login EXECUTE FUNCTION tag_session();
