-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Guard with OR: an application exemption or the recovery state; then a delete of old rows.
CREATE TABLE IF NOT EXISTS recent_logins (usr text, at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION prune_logins() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('application_name') = 'batch' OR pg_is_in_recovery() THEN
        RETURN;
    END IF;
    DELETE FROM recent_logins WHERE at < now() - interval '1 day';
END $$;

DROP EVENT TRIGGER IF EXISTS prune_logins;
CREATE EVENT TRIGGER prune_logins ON login EXECUTE FUNCTION prune_logins();
ALTER EVENT TRIGGER prune_logins ENABLE ALWAYS;
