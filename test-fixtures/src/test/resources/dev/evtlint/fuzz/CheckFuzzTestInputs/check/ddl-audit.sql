CREATE TABLE audit (tag text, obj text);
CREATE OR REPLACE FUNCTION audit_ddl() RETURNS event_trigger SECURITY DEFINER LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  SELECT * INTO r FROM pg_event_trigger_ddl_commands();
  EXECUTE 'GRANT SELECT ON ' || r.object_identity || ' TO auditor';
  CREATE TABLE x (a int);
END $$;
CREATE EVENT TRIGGER audit_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE PROCEDURE audit_ddl();
ALTER EVENT TRIGGER audit_ddl DISABLE;
DROP EVENT TRIGGER IF EXISTS audit_ddl;
