-- fixture: rules=EVT603 pg=18
-- verify: creation
-- Near-miss: the trigger is created through EXECUTE in a DO block, then altered.
CREATE FUNCTION f_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
DO $$
BEGIN
  EXECUTE 'CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION f_ddl()';
END $$;
ALTER EVENT TRIGGER audit_ddl ENABLE ALWAYS;
