-- fixture: rules=EVT602 pg=18
-- verify: dropped-triggers
-- Near-miss: the trigger is dropped explicitly first; the CASCADE drop then removes no trigger.
-- A schema with no trigger functions is dropped with CASCADE too.
CREATE SCHEMA IF NOT EXISTS ddl_guard;
CREATE SCHEMA IF NOT EXISTS scratch;
CREATE TABLE scratch.t (id int);
CREATE OR REPLACE FUNCTION ddl_guard.check() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'checking %', tg_tag;
END $$;
CREATE EVENT TRIGGER ddl_guard_check ON ddl_command_start EXECUTE FUNCTION ddl_guard.check();

DROP EVENT TRIGGER ddl_guard_check;
DROP FUNCTION ddl_guard.check() CASCADE;
DROP SCHEMA scratch CASCADE;
