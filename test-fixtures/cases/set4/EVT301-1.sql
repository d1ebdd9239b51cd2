-- fixture: rules=EVT301 pg=18
-- verify: firing-order ALTER TABLE probe_t DROP COLUMN c
-- Hazard: track_changes fills change_queue, publish_changes drains it, but "publish_changes"
-- sorts first (p < t), so each command is published one command late.
SET event_triggers = off;
CREATE TABLE probe_t (a int, c int);
CREATE TABLE change_queue (tag text, obj text, queued_at timestamptz DEFAULT now());

CREATE FUNCTION publish_changes() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    q record;
BEGIN
    FOR q IN DELETE FROM change_queue RETURNING * LOOP
        PERFORM pg_notify('ddl', q.tag || ' ' || q.obj);
    END LOOP;
END $$;

CREATE FUNCTION track_changes() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_queue (tag, obj)
    SELECT command_tag, object_identity FROM pg_event_trigger_ddl_commands();
END $$;

CREATE EVENT TRIGGER publish_changes ON ddl_command_end EXECUTE FUNCTION publish_changes();
-- expect: EVT301 "publish_changes, track_changes"
CREATE EVENT TRIGGER track_changes ON ddl_command_end EXECUTE FUNCTION track_changes();
