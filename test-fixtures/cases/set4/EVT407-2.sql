-- fixture: rules=EVT407 pg=18
-- verify: command CREATE TABLE probe_407 (id int)
-- Near-miss: missing_ok given, built-in settings, and a cast of a built-in catalog's name.
CREATE TABLE change_log (deployer text, tag text, path text);

CREATE FUNCTION log_deployer() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    who text := coalesce(current_setting('app.deployer', true), session_user);
BEGIN
    PERFORM 'pg_catalog.pg_class'::regclass;
    INSERT INTO change_log VALUES (who, tg_tag, current_setting('search_path'));
END $$;

CREATE EVENT TRIGGER log_deployer ON ddl_command_end EXECUTE FUNCTION log_deployer();
