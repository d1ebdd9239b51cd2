-- fixture: rules=EVT105 pg=18
-- verify: standby-after-removal
-- Near-miss: DDL triggers are disabled and dropped, the login trigger stays enabled (ALWAYS).
CREATE OR REPLACE FUNCTION noop_evt() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE DEBUG 'event % tag %', tg_event, tg_tag;
END $$;

DROP EVENT TRIGGER IF EXISTS on_login;
DROP EVENT TRIGGER IF EXISTS on_ddl_end;
DROP EVENT TRIGGER IF EXISTS on_drop;
CREATE EVENT TRIGGER on_login ON login EXECUTE FUNCTION noop_evt();
CREATE EVENT TRIGGER on_ddl_end ON ddl_command_end EXECUTE FUNCTION noop_evt();
CREATE EVENT TRIGGER on_drop ON sql_drop EXECUTE FUNCTION noop_evt();
ALTER EVENT TRIGGER on_login ENABLE ALWAYS;
ALTER EVENT TRIGGER on_ddl_end DISABLE;
DROP EVENT TRIGGER on_drop;
