-- fixture: rules=EVT305 pg=18
-- verify: command CREATE TABLE probe_305 (id int)
-- Near-miss: a session-setting guard, checked and set around the nested DDL.
CREATE FUNCTION make_history() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    IF coalesce(current_setting('evt.in_history', true), '') = 'on' THEN
        RETURN;
    END IF;
    PERFORM set_config('evt.in_history', 'on', true);
    FOR obj IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        EXECUTE format('CREATE TABLE IF NOT EXISTS %s_history (LIKE %s)', obj.object_identity, obj.object_identity);
    END LOOP;
    PERFORM set_config('evt.in_history', 'off', true);
END $$;

CREATE EVENT TRIGGER make_history ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION make_history();
