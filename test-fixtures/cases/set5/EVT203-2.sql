-- fixture: rules=EVT203 pg=18
-- verify: creation
-- Near-miss: lower-case tags and less common real ones are accepted (case-insensitive match).
CREATE FUNCTION misc_audit() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER misc_audit ON ddl_command_end
  WHEN TAG IN ('create table as', 'select into', 'Import Foreign Schema', 'SECURITY LABEL', 'COMMENT')
  EXECUTE FUNCTION misc_audit();
