-- fixture: rules=EVT102 pg=18
-- verify: login
-- Hazard: the raise is in a helper called from the login function; nothing catches it.
CREATE SCHEMA sec;

CREATE FUNCTION sec.require_ssl() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false) THEN
        -- expect: EVT102
        RAISE EXCEPTION 'SSL is required' USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;

CREATE FUNCTION sec.login_gate() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM sec.require_ssl();
END $$;

CREATE EVENT TRIGGER login_gate ON login EXECUTE FUNCTION sec.login_gate();
