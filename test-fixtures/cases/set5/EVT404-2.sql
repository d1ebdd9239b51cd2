-- fixture: rules=EVT404 pg=18
-- verify: creation
-- Near-miss: same-named functions in two schemas; search_path picks the event_trigger one, and
-- EXECUTE PROCEDURE is the old spelling of EXECUTE FUNCTION.
CREATE SCHEMA dml;
CREATE SCHEMA evt;
CREATE FUNCTION dml.on_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE FUNCTION evt.on_change() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;

SET search_path = evt, public;
CREATE EVENT TRIGGER on_change ON ddl_command_end EXECUTE PROCEDURE on_change();
RESET search_path;
