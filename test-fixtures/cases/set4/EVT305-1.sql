-- fixture: rules=EVT305 pg=18
-- verify: command CREATE TABLE probe_305 (id int)
-- Hazard: IF NOT EXISTS does not stop the recursion: the skipped CREATE TABLE still fires
-- ddl_command_end (facts 2: IF NOT EXISTS no-ops fire start and end), which runs it again.
CREATE FUNCTION ensure_shadow() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    -- expect: EVT305
    CREATE TABLE IF NOT EXISTS shadow_registry (obj text, created timestamptz DEFAULT now());
    INSERT INTO shadow_registry (obj) SELECT object_identity FROM pg_event_trigger_ddl_commands();
END $$;

CREATE EVENT TRIGGER ensure_shadow ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION ensure_shadow();
