-- fixture: rules=EVT407 pg=18
-- verify: command CREATE TABLE probe_407 (id int)
-- Near-miss: missing_ok given (positionally), built-in parameters, and a regclass cast of the
-- project's own table.
CREATE TABLE ddl_tenant_log (tenant text, tag text, app text);

CREATE OR REPLACE FUNCTION tenant_log() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl_tenant_log
    VALUES (coalesce(current_setting('app.tenant_id', true), 'unknown'), tg_tag,
            current_setting('application_name'));
    PERFORM 'ddl_tenant_log'::regclass;
    PERFORM current_setting('search_path'), current_setting('TimeZone');
END $$;

CREATE EVENT TRIGGER tenant_log ON ddl_command_end EXECUTE FUNCTION tenant_log();
