-- fixture: rules=EVT502 pg=18
-- No verify line (no check observes injection). Near-miss: quote_ident, %I and object_identity.
CREATE FUNCTION grant_readers() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
    IF r.command_tag = 'CREATE SCHEMA' THEN
      EXECUTE 'GRANT USAGE ON SCHEMA ' || r.object_identity || ' TO ' || quote_ident(session_user);
    ELSE
      EXECUTE format('GRANT SELECT ON %s TO %I', r.object_identity, 'readers');
    END IF;
  END LOOP;
END $$;
CREATE EVENT TRIGGER grant_readers ON ddl_command_end WHEN TAG IN ('CREATE SCHEMA', 'CREATE TABLE') EXECUTE FUNCTION grant_readers();
