-- fixture: rules=EVT205 pg=18
-- verify: creation
-- Hazard: a quoted event name keeps its case.
CREATE FUNCTION f_start() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;

-- expect: EVT205 "unrecognized event name"
CREATE EVENT TRIGGER t_start ON "Ddl_Command_Start" EXECUTE FUNCTION f_start();
