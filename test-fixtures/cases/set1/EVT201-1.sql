-- fixture: rules=EVT201 pg=18
-- verify: creation
-- Trying to audit database drops with a DDL trigger: databases are shared objects (fact 8.2).
CREATE OR REPLACE FUNCTION public.audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE LOG 'ddl: %', tg_tag;
END $$;

CREATE EVENT TRIGGER audit_ddl_start ON ddl_command_start
  WHEN TAG IN ('CREATE TABLE', 'DROP TABLE',
               'drop database') -- expect: EVT201 col 16 "event triggers are not supported for drop database"
  EXECUTE FUNCTION public.audit_ddl();
