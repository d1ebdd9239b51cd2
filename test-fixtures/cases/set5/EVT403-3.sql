-- fixture: rules=EVT403 pg=18
-- verify: command COMMENT ON TABLE docs_t IS 'reviewed'
-- Near-miss: the tag filter admits COMMENT only, which yields exactly one row.
CREATE TABLE docs_t (id int);
CREATE FUNCTION comment_seen() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'comment on %', (SELECT object_identity FROM pg_event_trigger_ddl_commands());
END $$;

CREATE EVENT TRIGGER comment_seen ON ddl_command_end
  WHEN TAG IN ('COMMENT') EXECUTE FUNCTION comment_seen();
