-- fixture: rules=EVT207 pg=18
-- No verify line (dead-code claim). Near-miss: one function behind two triggers; DROP TABLE is
-- in the second trigger's list, so the branch is live.
CREATE FUNCTION table_audit() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TAG IN ('CREATE TABLE', 'ALTER TABLE') THEN
    RAISE NOTICE 'changed';
  ELSIF TG_TAG = 'DROP TABLE' THEN
    RAISE NOTICE 'dropped';
  END IF;
END $$;

CREATE EVENT TRIGGER table_audit_end ON ddl_command_end
  WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') EXECUTE FUNCTION table_audit();
CREATE EVENT TRIGGER table_audit_drop ON sql_drop
  WHEN TAG IN ('DROP TABLE') EXECUTE FUNCTION table_audit();
