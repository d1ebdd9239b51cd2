-- fixture: rules=EVT201 pg=18
-- verify: creation
-- Near-miss: GRANT and REVOKE (object privileges) and ALTER DEFAULT PRIVILEGES are supported;
-- only GRANT ROLE / REVOKE ROLE are shared.
CREATE FUNCTION priv_audit() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'privileges changed: %', tg_tag;
END $$;

CREATE EVENT TRIGGER priv_audit ON ddl_command_end
  WHEN TAG IN ('GRANT', 'REVOKE', 'ALTER DEFAULT PRIVILEGES')
  EXECUTE FUNCTION priv_audit();
