-- fixture: rules=EVT407 pg=18
-- verify: command CREATE TABLE probe_407 (id int)
-- A custom setting read without missing_ok: unset in an ordinary session, so every DDL fails (fact 12.4).
CREATE TABLE ddl_tenant_log (tenant text, tag text);

CREATE OR REPLACE FUNCTION tenant_log() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl_tenant_log
    VALUES (current_setting('app.tenant_id'), tg_tag); -- expect: EVT407 col 13
END $$;

CREATE EVENT TRIGGER tenant_log ON ddl_command_end EXECUTE FUNCTION tenant_log();
