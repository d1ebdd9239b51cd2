-- fixture: rules=EVT502 pg=18
-- No verify line. Near-miss: the same statements quoted properly: object_identity is already
-- quoted, the rest goes through quote_literal, quote_ident and format's %I/%L.
CREATE OR REPLACE FUNCTION stamp() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        EXECUTE 'COMMENT ON TABLE ' || r.object_identity || ' IS '
            || quote_literal('created by ' || session_user);
        EXECUTE 'GRANT USAGE ON SCHEMA ' || quote_ident(r.schema_name) || ' TO reporting';
        EXECUTE format('GRANT SELECT ON %s TO %I', r.object_identity, 'reporting');
    END LOOP;
END $$;

CREATE EVENT TRIGGER stamp ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION stamp();
