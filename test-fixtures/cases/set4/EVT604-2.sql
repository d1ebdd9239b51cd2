-- fixture: rules=EVT604 pg=18
-- verify: creation
-- Near-miss: the same upgrade in the right order: the trigger is dropped first.
CREATE FUNCTION log_ddl_v1() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'v1 %', tg_tag;
END $$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION log_ddl_v1();

CREATE FUNCTION log_ddl_v2() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'v2 %', tg_tag;
END $$;
DROP EVENT TRIGGER log_ddl;
DROP FUNCTION log_ddl_v1();
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION log_ddl_v2();
