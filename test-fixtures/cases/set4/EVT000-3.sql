-- fixture: rules=EVT000 pg=18
-- verify: creation
-- Hazard: EXECUTE FUNCTION needs the empty parentheses (facts 1.1).
CREATE FUNCTION noop() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;

-- expect: EVT000 "syntax error"
CREATE EVENT TRIGGER noop ON ddl_command_end EXECUTE FUNCTION noop;
