-- fixture: rules=EVT301 pg=18
-- verify: firing-order ALTER TABLE t DROP COLUMN c
-- Hazard: the writer is named with a number that sorts after the reader's (trg_9 after trg_10),
-- so the check reads the setting before it is set.
SET event_triggers = off;
CREATE TABLE t (c int, d int);

CREATE FUNCTION ddl_check_ticket() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('deploy.ticket', true), '') = '' THEN
    RAISE EXCEPTION 'DDL needs a change ticket';
  END IF;
END $$;

CREATE FUNCTION ddl_default_ticket() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('deploy.ticket', 'AUTO-' || txid_current(), true);
END $$;

CREATE EVENT TRIGGER trg_10_check_ticket ON ddl_command_start EXECUTE FUNCTION ddl_check_ticket();
-- expect: EVT301 "trg_10_check_ticket, trg_9_default_ticket"
CREATE EVENT TRIGGER trg_9_default_ticket ON ddl_command_start EXECUTE FUNCTION ddl_default_ticket();
RESET event_triggers;
