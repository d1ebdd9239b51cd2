-- fixture: rules=EVT103 pg=18
-- No verify line (timing). The login counts a whole history table: no LIMIT, no key equality, so
-- the work grows with the table on every connection.
CREATE TABLE IF NOT EXISTS login_history (usr text, at timestamptz);

CREATE OR REPLACE FUNCTION greet() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
    total bigint;
BEGIN
    -- expect: EVT103
    SELECT count(*) INTO total FROM login_history WHERE at > now() - interval '30 days';
    RAISE NOTICE 'welcome, % (% logins this month)', session_user, total;
END $$;

DROP EVENT TRIGGER IF EXISTS greet;
CREATE EVENT TRIGGER greet ON login EXECUTE FUNCTION greet();
