-- fixture: rules=EVT201 pg=18
-- verify: creation
-- Hazard: privilege changes on tables fire triggers (GRANT, REVOKE), role membership does not.
CREATE FUNCTION priv_watch() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'privileges changed: %', tg_tag;
END $$;

CREATE EVENT TRIGGER priv_watch ON ddl_command_end
    WHEN tag IN (
        'GRANT',
        'REVOKE',
        'ALTER DEFAULT PRIVILEGES',
        -- expect: EVT201 "event triggers are not supported for grant role"
        'grant role'
    )
    EXECUTE FUNCTION priv_watch();
