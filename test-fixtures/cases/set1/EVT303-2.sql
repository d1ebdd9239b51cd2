-- fixture: rules=EVT303 pg=18
-- verify: rollback audit.ddl_done CREATE TABLE once_only (id int)
-- Near-miss: the audit row is written at ddl_command_end, for commands that succeeded.
CREATE SCHEMA IF NOT EXISTS audit;
CREATE TABLE IF NOT EXISTS audit.ddl_done (tag text, ident text, at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION audit.log_done() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit.ddl_done (tag, ident)
    SELECT command_tag, object_identity FROM pg_event_trigger_ddl_commands();
END $$;

DROP EVENT TRIGGER IF EXISTS log_done;
CREATE EVENT TRIGGER log_done ON ddl_command_end EXECUTE FUNCTION audit.log_done();
