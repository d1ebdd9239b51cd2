-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- The handler catches only unique_violation; the standby's read-only error goes through (fact 12.3).
CREATE TABLE IF NOT EXISTS first_login (usr text PRIMARY KEY, at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION remember_first_login() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
    BEGIN
        -- expect: EVT101
        INSERT INTO first_login (usr) VALUES (session_user);
    EXCEPTION WHEN unique_violation THEN
        -- seen before, fine
        NULL;
    END;
END $$;

DROP EVENT TRIGGER IF EXISTS remember_first_login;
CREATE EVENT TRIGGER remember_first_login ON login EXECUTE FUNCTION remember_first_login();
ALTER EVENT TRIGGER remember_first_login ENABLE ALWAYS;
