-- fixture: rules=EVT502 pg=18
-- No verify line (injection). Near-miss: every value is quoted with format %I/%L or quote_ident.
CREATE FUNCTION grant_creator() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        EXECUTE format('GRANT ALL ON %s TO %I', r.object_identity, session_user);
        EXECUTE 'COMMENT ON SCHEMA ' || quote_ident(r.schema_name) || ' IS ' || quote_literal(tg_tag);
    END LOOP;
END $$;

CREATE EVENT TRIGGER grant_creator ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION grant_creator();
