-- fixture: rules=EVT102 pg=18
-- verify: login
-- An ASSERT in a login function fails the login like a RAISE when the policy table is empty.
CREATE TABLE IF NOT EXISTS login_policy (max_sessions int NOT NULL);

CREATE OR REPLACE FUNCTION enforce_policy() RETURNS event_trigger
LANGUAGE plpgsql
AS $policy$
DECLARE
    allowed int;
BEGIN
    SELECT max_sessions INTO allowed FROM login_policy LIMIT 1;
    -- expect: EVT102
    ASSERT allowed IS NOT NULL, 'login_policy is not configured';
    IF (SELECT count(*) FROM pg_stat_activity WHERE usename = session_user) > allowed THEN
        RAISE NOTICE 'user % is above the session limit', session_user;
    END IF;
END
$policy$;

DROP EVENT TRIGGER IF EXISTS enforce_policy;
CREATE EVENT TRIGGER enforce_policy ON login EXECUTE FUNCTION enforce_policy();
