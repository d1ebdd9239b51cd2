-- fixture: rules=EVT102 pg=18
-- verify: login
-- Hazard: RAISE with no level is RAISE EXCEPTION; local connections (no 10.x address) are refused,
-- superusers included. The NOTICE above it is harmless.
CREATE FUNCTION only_from_vpn() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'login check for %', session_user;
    IF inet_client_addr() IS NULL OR host(inet_client_addr()) NOT LIKE '10.%' THEN
        -- expect: EVT102
        RAISE 'connections from % are not allowed', coalesce(host(inet_client_addr()), 'local socket');
    END IF;
END;
$$;

CREATE EVENT TRIGGER only_from_vpn ON login EXECUTE FUNCTION only_from_vpn();
