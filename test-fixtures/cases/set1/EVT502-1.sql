-- fixture: rules=EVT502 pg=18
-- No verify line (an injection needs a hostile name, the harness has no such check). The comment
-- text splices session_user and the schema name in unquoted.
CREATE OR REPLACE FUNCTION stamp() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        EXECUTE 'COMMENT ON TABLE ' || r.object_identity || ' IS ''created by '
            || session_user -- expect: EVT502
            || '''';
        EXECUTE 'GRANT USAGE ON SCHEMA ' || r.schema_name || ' TO reporting'; -- expect: EVT502 col 45
    END LOOP;
END $$;

CREATE EVENT TRIGGER stamp ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION stamp();
