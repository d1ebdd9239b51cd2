-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Near-miss: transaction_read_only is 'on' in every standby transaction (fact 12.4); compared as
-- text, the NOTIFY is skipped there.
CREATE FUNCTION announce_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('transaction_read_only') = 'off' THEN
        PERFORM pg_notify('logins', session_user::text);
    END IF;
END;
$$;

CREATE EVENT TRIGGER announce_login ON login EXECUTE FUNCTION announce_login();
