-- fixture: rules=EVT301 pg=18
-- verify: firing-order ALTER TABLE t DROP COLUMN c
-- Hazard: Notify_ddl reads the log row that log_ddl writes, but upper case fires first, so it
-- always sees the previous command's row (facts 3: byte order).
SET event_triggers = off;
CREATE TABLE t (c int, d int);
CREATE TABLE ddl_log (id bigserial PRIMARY KEY, tag text, at timestamptz DEFAULT now());

CREATE FUNCTION notify_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  last_id bigint;
BEGIN
  SELECT max(id) INTO last_id FROM ddl_log;
  PERFORM pg_notify('ddl', coalesce(last_id, 0)::text);
END $$;

CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ddl_log(tag) VALUES (tg_tag);
END $$;

CREATE EVENT TRIGGER "Notify_ddl" ON ddl_command_end EXECUTE FUNCTION notify_ddl();
-- expect: EVT301 "Notify_ddl, log_ddl"
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION log_ddl();
RESET event_triggers;
