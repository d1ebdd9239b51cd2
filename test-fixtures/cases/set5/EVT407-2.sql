-- fixture: rules=EVT407 pg=18
-- verify: command CREATE TABLE probe407 (a int)
-- Near-miss: missing_ok given as true and as the string 't', schema-qualified; a built-in
-- parameter without it. (Named notation is refused: current_setting's arguments have no names.)
CREATE FUNCTION tenant_tag() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  tenant text := coalesce(current_setting('app.tenant_id', true), 'none');
  region text := pg_catalog.current_setting('app.region', 't');
BEGIN
  RAISE NOTICE '% % % %', tenant, region, current_setting('search_path'), tg_tag;
END $$;

CREATE EVENT TRIGGER tenant_tag ON ddl_command_end EXECUTE FUNCTION tenant_tag();
