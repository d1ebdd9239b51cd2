-- fixture: rules=EVT604 pg=18
-- verify: creation
-- Hazard (Flyway folder): a later migration drops the function a trigger of V1 still executes.
CREATE FUNCTION ddl_audit() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER ddl_audit ON ddl_command_end EXECUTE FUNCTION ddl_audit();
