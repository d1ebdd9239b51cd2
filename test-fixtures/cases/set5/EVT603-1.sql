-- fixture: rules=EVT603 pg=18
-- verify: creation
-- Hazard: created with a quoted mixed-case name, altered unquoted (folds to lower case).
CREATE FUNCTION f_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER "AuditDDL" ON ddl_command_end EXECUTE FUNCTION f_ddl();
-- expect: EVT603 "does not exist"
ALTER EVENT TRIGGER AuditDDL DISABLE;
