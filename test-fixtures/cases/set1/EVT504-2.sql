-- fixture: rules=EVT504 pg=18
-- verify: command CREATE TABLE probe_504 (id int)
-- Near-miss: separate quoted names in ALTER FUNCTION, and set_config() with a list string (which
-- is parsed as a list).
CREATE SCHEMA IF NOT EXISTS audit;
CREATE TABLE IF NOT EXISTS audit.ddl_log (tag text, at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl_log (tag) VALUES (tg_tag);
END $$;
ALTER FUNCTION audit.log_ddl() SET search_path = 'pg_catalog', 'audit', 'pg_temp';

CREATE OR REPLACE FUNCTION audit.log_ddl_end() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('search_path', 'pg_catalog, audit, pg_temp', true);
    INSERT INTO ddl_log (tag) VALUES (tg_tag || ' end');
END $$;

CREATE EVENT TRIGGER audit_log_ddl ON ddl_command_start EXECUTE FUNCTION audit.log_ddl();
CREATE EVENT TRIGGER audit_log_ddl_end ON ddl_command_end EXECUTE FUNCTION audit.log_ddl_end();
