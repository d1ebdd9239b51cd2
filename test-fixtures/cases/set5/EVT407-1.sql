-- fixture: rules=EVT407 pg=18
-- verify: command CREATE TABLE probe407 (a int)
-- Hazard: a custom setting read without missing_ok: unset in ordinary sessions.
CREATE FUNCTION tenant_tag() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  tenant text;
BEGIN
  -- expect: EVT407
  tenant := current_setting('app.tenant_id');
  RAISE NOTICE 'tenant % ran %', tenant, tg_tag;
END $$;

CREATE EVENT TRIGGER tenant_tag ON ddl_command_end EXECUTE FUNCTION tenant_tag();
