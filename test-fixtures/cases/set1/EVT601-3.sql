-- fixture: rules=EVT601 pg=18
-- verify: rerun
-- Near-miss: the function is dropped with CASCADE first, which takes the trigger with it.
CREATE SCHEMA IF NOT EXISTS dba;
DROP FUNCTION IF EXISTS dba.log_ddl() CASCADE;

CREATE FUNCTION dba.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '% by %', tg_tag, current_user;
END $$;

CREATE EVENT TRIGGER dba_log_ddl ON ddl_command_end EXECUTE FUNCTION dba.log_ddl();
