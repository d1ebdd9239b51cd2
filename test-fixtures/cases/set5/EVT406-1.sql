-- fixture: rules=EVT406 pg=18
-- No verify line: a claim about what the analysed files contain (audit.write_entry is not defined
-- in the project).
CREATE FUNCTION ddl_to_audit() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  -- expect: EVT406
  PERFORM audit.write_entry(tg_tag, current_user);
END $$;

CREATE EVENT TRIGGER ddl_to_audit ON ddl_command_end EXECUTE FUNCTION ddl_to_audit();
