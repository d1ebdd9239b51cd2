-- fixture: rules=EVT301 pg=18
-- verify: firing-order ALTER TABLE t DROP COLUMN c
-- Near-miss: the setting is written by a_set_context and read by b_check_context, and a fires
-- before b.
SET event_triggers = off;
CREATE TABLE t (c int, d int);

CREATE FUNCTION set_context() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('audit.actor', session_user, true);
END $$;

CREATE FUNCTION check_context() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('audit.actor', true) IS NULL THEN
    RAISE EXCEPTION 'no audit actor';
  END IF;
END $$;

CREATE EVENT TRIGGER a_set_context ON ddl_command_start EXECUTE FUNCTION set_context();
CREATE EVENT TRIGGER b_check_context ON ddl_command_start EXECUTE FUNCTION check_context();
RESET event_triggers;
