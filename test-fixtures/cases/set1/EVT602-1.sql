-- fixture: rules=EVT602 pg=18
-- verify: dropped-triggers
-- Rebuilding a helper with DROP ... CASCADE silently removes the event trigger that uses it.
CREATE SCHEMA IF NOT EXISTS ddl_guard;
CREATE OR REPLACE FUNCTION ddl_guard.check() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'checking %', tg_tag;
END $$;
CREATE EVENT TRIGGER ddl_guard_check ON ddl_command_start EXECUTE FUNCTION ddl_guard.check();

-- v2: new body
DROP FUNCTION ddl_guard.check() CASCADE; -- expect: EVT602
CREATE FUNCTION ddl_guard.check() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'checking % (v2)', tg_tag;
END $$;
