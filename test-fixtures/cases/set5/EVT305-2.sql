-- fixture: rules=EVT305 pg=18
-- verify: command COMMENT ON TABLE docs_t IS 'x'
-- Near-miss: the same, with a recursion guard in a transaction-local setting.
CREATE TABLE docs_t (id int);

CREATE FUNCTION stamp_comment() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('evt.in_stamp', true) = 'on' THEN
    RETURN;
  END IF;
  PERFORM set_config('evt.in_stamp', 'on', true);
  EXECUTE 'COMMENT ON TABLE docs_t IS ' || quote_literal('last documented ' || now()::date);
  PERFORM set_config('evt.in_stamp', 'off', true);
END $$;

CREATE EVENT TRIGGER stamp_comment ON ddl_command_end
  WHEN TAG IN ('COMMENT') EXECUTE FUNCTION stamp_comment();
