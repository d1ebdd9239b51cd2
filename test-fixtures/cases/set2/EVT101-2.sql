-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- A login notification: NOTIFY is refused during recovery.
CREATE OR REPLACE FUNCTION announce_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF session_user <> 'replicator' THEN
        PERFORM pg_notify('logins', session_user || '@' || coalesce(host(inet_client_addr()), 'local')); -- expect: EVT101
    END IF;
END $$;

DROP EVENT TRIGGER IF EXISTS announce_login;
CREATE EVENT TRIGGER announce_login ON login EXECUTE FUNCTION announce_login();
ALTER EVENT TRIGGER announce_login ENABLE ALWAYS;
