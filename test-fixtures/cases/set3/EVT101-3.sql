-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Guard with AND: returns only for standbys of one application, so other standby logins write.
CREATE TABLE IF NOT EXISTS recent_logins (usr text, at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION prune_logins() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('application_name') = 'batch' AND pg_is_in_recovery() THEN
        RETURN;
    END IF;
    DELETE FROM recent_logins WHERE at < now() - interval '1 day'; -- expect: EVT101
END $$;

DROP EVENT TRIGGER IF EXISTS prune_logins;
CREATE EVENT TRIGGER prune_logins ON login EXECUTE FUNCTION prune_logins();
ALTER EVENT TRIGGER prune_logins ENABLE ALWAYS;
