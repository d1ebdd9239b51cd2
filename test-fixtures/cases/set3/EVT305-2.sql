-- fixture: rules=EVT305 pg=18
-- verify: command CREATE TABLE probe_305 (id int)
-- Near-miss: the nested DDL is behind a recursion guard on a session setting, read in a helper.
CREATE OR REPLACE FUNCTION in_ddl_trigger() RETURNS boolean LANGUAGE sql AS $$
    SELECT coalesce(current_setting('evt.busy', true), '') = 'on'
$$;

CREATE OR REPLACE FUNCTION index_everything() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    IF in_ddl_trigger() THEN
        RETURN;
    END IF;
    PERFORM set_config('evt.busy', 'on', true);
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        EXECUTE format('CREATE TABLE %s_copy AS SELECT 1 AS x', r.object_identity);
    END LOOP;
    PERFORM set_config('evt.busy', 'off', true);
END $$;

CREATE EVENT TRIGGER index_everything ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'CREATE TABLE AS')
    EXECUTE FUNCTION index_everything();
