-- fixture: rules=EVT604 pg=18
-- verify: creation
-- Hazard: the old function is dropped while its trigger still uses it.
CREATE FUNCTION log_ddl_v1() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'v1 %', tg_tag;
END $$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION log_ddl_v1();

CREATE FUNCTION log_ddl_v2() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'v2 %', tg_tag;
END $$;
-- expect: EVT604 "because other objects depend on it"
DROP FUNCTION log_ddl_v1();
DROP EVENT TRIGGER log_ddl;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION log_ddl_v2();
