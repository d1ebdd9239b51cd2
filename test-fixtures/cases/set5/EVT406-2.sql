-- fixture: rules=EVT406 pg=18
-- No verify line (a claim about the analysed files). Near-miss: the helper is defined after the
-- trigger, in the same script, and built-ins are called schema-qualified.
CREATE FUNCTION ddl_to_audit() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM util.write_entry(pg_catalog.upper(tg_tag), pg_catalog.clock_timestamp());
END $$;

CREATE EVENT TRIGGER ddl_to_audit ON ddl_command_end EXECUTE FUNCTION ddl_to_audit();

CREATE SCHEMA util;
CREATE FUNCTION util.write_entry(p_tag text, p_at timestamptz) RETURNS void
LANGUAGE sql AS $$ SELECT NULL::void $$;
