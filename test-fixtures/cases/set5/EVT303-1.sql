-- fixture: rules=EVT303 pg=18
-- verify: rollback ddl_attempts CREATE TABLE probe_t (id int)
-- Hazard: an "attempts" log written at ddl_command_start: failed attempts roll back with it.
CREATE TABLE ddl_attempts (
  id      bigint GENERATED ALWAYS AS IDENTITY,
  tag     text NOT NULL,
  who     name NOT NULL DEFAULT current_user,
  query   text
);

CREATE FUNCTION record_attempt() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  -- expect: EVT303
  INSERT INTO ddl_attempts(tag, query) VALUES (tg_tag, current_query());
END $$;

CREATE EVENT TRIGGER record_attempt ON ddl_command_start
  WHEN TAG IN ('CREATE TABLE', 'DROP TABLE', 'ALTER TABLE')
  EXECUTE FUNCTION record_attempt();
