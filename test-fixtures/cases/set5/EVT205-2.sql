-- fixture: rules=EVT205 pg=18
-- verify: creation
-- Near-miss: an unquoted event name in capitals folds to lower case; TAG in capitals too.
CREATE FUNCTION f_end() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;

CREATE EVENT TRIGGER T_End ON DDL_COMMAND_END WHEN TAG IN ('CREATE INDEX') EXECUTE FUNCTION f_end();
