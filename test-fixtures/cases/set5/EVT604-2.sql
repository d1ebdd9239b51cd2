-- fixture: rules=EVT604 pg=18
-- verify: creation
-- Near-miss: the dropped function is a same-named one in another schema.
CREATE SCHEMA audit;
CREATE SCHEMA old_audit;
CREATE FUNCTION audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE FUNCTION old_audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION audit.log_ddl();

DROP FUNCTION old_audit.log_ddl();
