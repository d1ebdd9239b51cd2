-- fixture: rules=EVT207 pg=18
-- No verify line: a claim about dead code (facts 2: TG_TAG is the fired command's tag, and the
-- WHEN list admits CREATE/ALTER TABLE only).
CREATE FUNCTION table_audit() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  CASE
    WHEN tg_tag = 'CREATE TABLE' THEN RAISE NOTICE 'created';
    WHEN tg_tag = 'ALTER TABLE' THEN RAISE NOTICE 'altered';
    -- expect: EVT207
    WHEN tg_tag = 'DROP TABLE' THEN RAISE NOTICE 'dropped';
    ELSE NULL;
  END CASE;
END $$;

CREATE EVENT TRIGGER table_audit ON ddl_command_end
  WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') EXECUTE FUNCTION table_audit();
