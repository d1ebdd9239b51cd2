-- fixture: rules=EVT301 pg=18
-- verify: firing-order ALTER TABLE probe_t DROP COLUMN c
-- Near-miss: the writer's name sorts first (a_ < b_), so it fires before the reader, as intended.
SET event_triggers = off;
CREATE TABLE probe_t (a int, c int);
CREATE TABLE change_queue (tag text, obj text);

CREATE FUNCTION stage() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_queue SELECT command_tag, object_identity FROM pg_event_trigger_ddl_commands();
END $$;

CREATE FUNCTION publish() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('ddl', string_agg(tag || ' ' || obj, ', ')) FROM change_queue;
    DELETE FROM change_queue;
END $$;

CREATE EVENT TRIGGER b_publish ON ddl_command_end EXECUTE FUNCTION publish();
CREATE EVENT TRIGGER a_stage ON ddl_command_end EXECUTE FUNCTION stage();
