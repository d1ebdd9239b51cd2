-- fixture: rules=EVT201 pg=18
-- verify: creation
-- Role management tags on a sql_drop trigger; roles and their memberships are shared.
CREATE FUNCTION track_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'dropped by %', tg_tag;
END $$;

CREATE EVENT TRIGGER track_drops ON sql_drop
    WHEN TAG IN (
        'DROP ROLE', -- expect: EVT201 "event triggers are not supported for DROP ROLE"
        'REVOKE ROLE' -- expect: EVT201
    )
    EXECUTE FUNCTION track_drops();
