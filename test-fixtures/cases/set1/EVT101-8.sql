-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Guard on transaction_read_only (true in every standby transaction, fact 12.4).
CREATE SEQUENCE IF NOT EXISTS login_counter;
CREATE TABLE IF NOT EXISTS login_stats (n bigint, usr text);

CREATE OR REPLACE FUNCTION count_logins()
RETURNS event_trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF current_setting('transaction_read_only')::boolean THEN
        RETURN;
    END IF;
    INSERT INTO login_stats VALUES (nextval('login_counter'), session_user);
END;
$$;

DROP EVENT TRIGGER IF EXISTS count_logins;
CREATE EVENT TRIGGER count_logins ON login EXECUTE FUNCTION count_logins();
ALTER EVENT TRIGGER count_logins ENABLE ALWAYS;
