\echo Use "ALTER EXTENSION evt_audit UPDATE TO '1.1'" to load this file. \quit

CREATE FUNCTION @extschema@.evt_audit_drop() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'drop %', tg_tag;
END $$;

CREATE EVENT TRIGGER evt_audit_drop ON sql_drop
  EXECUTE FUNCTION @extschema@.evt_audit_drop();
