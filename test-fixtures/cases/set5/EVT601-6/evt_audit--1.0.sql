-- fixture: rules=EVT601 pg=18
-- No verify line: extension scripts run once per CREATE/ALTER EXTENSION (RULES EVT601: off for
-- extension scripts), and the harness does not install extensions. Near-miss.
\echo Use "CREATE EXTENSION evt_audit" to load this file. \quit

CREATE FUNCTION @extschema@.evt_audit_ddl() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'ddl %', tg_tag;
END $$;

CREATE EVENT TRIGGER evt_audit_ddl ON ddl_command_end
  EXECUTE FUNCTION @extschema@.evt_audit_ddl();
