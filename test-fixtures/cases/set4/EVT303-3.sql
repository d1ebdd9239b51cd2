-- fixture: rules=EVT303 pg=18
-- verify: rollback ddl_log CREATE TABLE probe_303 (id int)
-- Near-miss: the start trigger only raises a notice; the log row is written at ddl_command_end,
-- for completed commands, as intended.
CREATE TABLE ddl_log (tag text, obj text);

CREATE FUNCTION announce() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'starting %', tg_tag;
END $$;

CREATE FUNCTION log_done() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl_log SELECT command_tag, object_identity FROM pg_event_trigger_ddl_commands();
END $$;

CREATE EVENT TRIGGER announce ON ddl_command_start EXECUTE FUNCTION announce();
CREATE EVENT TRIGGER log_done ON ddl_command_end EXECUTE FUNCTION log_done();
