-- fixture: rules=EVT201 pg=18
-- verify: creation
-- Near-miss: GRANT, REVOKE, COMMENT and SECURITY LABEL are accepted tags (they fire for
-- non-shared objects only, but creation succeeds).
CREATE FUNCTION acl_watch() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'acl change: %', tg_tag;
END $$;

CREATE EVENT TRIGGER acl_watch ON ddl_command_end
    WHEN TAG IN ('GRANT', 'REVOKE', 'COMMENT', 'SECURITY LABEL', 'ALTER DEFAULT PRIVILEGES')
    EXECUTE FUNCTION acl_watch();
