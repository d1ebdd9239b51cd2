-- fixture: rules=EVT403 pg=18
-- verify: command COMMENT ON TABLE notes IS 'reviewed'
-- Near-miss: COMMENT reports exactly one row, and the trigger only fires for COMMENT.
CREATE TABLE notes (id int);
CREATE TABLE comment_log (ident text);

CREATE OR REPLACE FUNCTION log_comment() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO comment_log VALUES ((SELECT object_identity FROM pg_event_trigger_ddl_commands()));
END $$;

CREATE EVENT TRIGGER log_comment ON ddl_command_end WHEN TAG IN ('COMMENT') EXECUTE FUNCTION log_comment();
