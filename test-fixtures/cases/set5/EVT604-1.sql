-- fixture: rules=EVT604 pg=18
-- verify: creation
-- Hazard: the unqualified DROP resolves through search_path to the trigger's function.
CREATE SCHEMA audit;
CREATE FUNCTION audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION audit.log_ddl();

SET search_path = audit, public;
-- expect: EVT604 "cannot drop function"
DROP FUNCTION log_ddl();
RESET search_path;
