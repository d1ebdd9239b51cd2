-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Near-miss: the write sits in a block whose handler catches read_only_sql_transaction and only
-- logs (fact 12.3), so a standby login goes through.
CREATE TABLE session_trail (username text, started timestamptz);

CREATE FUNCTION session_trail_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    BEGIN
        INSERT INTO session_trail VALUES (session_user, now());
    EXCEPTION
        WHEN read_only_sql_transaction THEN
            RAISE DEBUG 'read-only session, trail not written';
    END;
END;
$$;

CREATE EVENT TRIGGER session_trail_login ON login EXECUTE FUNCTION session_trail_login();
