-- fixture: rules=EVT405 pg=18
-- verify: command CREATE TABLE probe405 (a int)
-- Hazard: TG_TABLE_NAME exists only in DML triggers; the event trigger fails at run time.
CREATE FUNCTION describe_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  -- expect: EVT405
  RAISE NOTICE '% on %', TG_TAG, TG_TABLE_NAME;
END $$;

CREATE EVENT TRIGGER describe_ddl ON ddl_command_end EXECUTE FUNCTION describe_ddl();
