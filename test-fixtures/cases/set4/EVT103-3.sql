-- fixture: rules=EVT103 pg=18
-- No verify line (timing; dblink is an extension the harness does not install). A network round
-- trip runs on every login.
CREATE EXTENSION IF NOT EXISTS dblink;

CREATE FUNCTION remote_login_log() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_is_in_recovery() THEN
        RETURN;
    END IF;
    -- expect: EVT103
    PERFORM dblink_exec('host=audit.internal dbname=audit',
                        format('INSERT INTO logins VALUES (%L, now())', session_user));
END $$;

CREATE EVENT TRIGGER remote_login_log ON login EXECUTE FUNCTION remote_login_log();
