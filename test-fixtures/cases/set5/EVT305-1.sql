-- fixture: rules=EVT305 pg=18
-- verify: command COMMENT ON TABLE docs_t IS 'x'
-- Hazard: every COMMENT stamps another COMMENT, which fires the trigger again.
CREATE TABLE docs_t (id int);

CREATE FUNCTION stamp_comment() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  -- expect: EVT305
  EXECUTE 'COMMENT ON TABLE docs_t IS ' || quote_literal('last documented ' || now()::date);
END $$;

CREATE EVENT TRIGGER stamp_comment ON ddl_command_end
  WHEN TAG IN ('COMMENT') EXECUTE FUNCTION stamp_comment();
