-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Near-miss: only reads and session settings: a read-only EXECUTE, set_config, SET, an advisory
-- lock (allowed on a standby, facts 7.2).
CREATE OR REPLACE FUNCTION tune_session() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    n int;
BEGIN
    EXECUTE 'SELECT count(*) FROM pg_stat_activity WHERE usename = $1' INTO n USING session_user;
    IF n > 20 THEN
        PERFORM set_config('statement_timeout', '5s', false);
    END IF;
    SET LOCAL work_mem = '64MB';
    PERFORM pg_try_advisory_lock(42);
END $$;

DROP EVENT TRIGGER IF EXISTS tune_session;
CREATE EVENT TRIGGER tune_session ON login EXECUTE FUNCTION tune_session();
ALTER EVENT TRIGGER tune_session ENABLE ALWAYS;
