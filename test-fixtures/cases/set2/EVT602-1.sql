-- fixture: rules=EVT602 pg=18
-- verify: dropped-triggers
-- Resetting a schema with CASCADE takes the event trigger whose function lives in it.
CREATE SCHEMA IF NOT EXISTS audit;
CREATE OR REPLACE FUNCTION audit.track() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;
CREATE EVENT TRIGGER audit_track ON ddl_command_end EXECUTE FUNCTION audit.track();

DROP SCHEMA audit CASCADE; -- expect: EVT602
CREATE SCHEMA audit;
