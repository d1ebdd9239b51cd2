-- fixture: rules=EVT303 pg=18
-- verify: rollback ddl_done CREATE TABLE probe_t (id int)
-- Near-miss: the log is written at ddl_command_end, recording completed commands only.
CREATE TABLE ddl_done (tag text, objid text);

CREATE FUNCTION record_done() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
    INSERT INTO ddl_done VALUES (r.command_tag, r.object_identity);
  END LOOP;
END $$;

CREATE EVENT TRIGGER record_done ON ddl_command_end EXECUTE FUNCTION record_done();
