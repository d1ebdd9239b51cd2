-- fixture: rules=EVT305 pg=18
-- verify: command CREATE TABLE invoices (id int)
-- Near-miss: an audit twin is created for each new table except the twins themselves; the nested
-- firing sees only "_audit" tables and stops (a condition on data, RULES.md: silent).
CREATE SCHEMA IF NOT EXISTS shadow;

CREATE OR REPLACE FUNCTION make_twin() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        CONTINUE WHEN r.object_identity LIKE '%\_audit';
        EXECUTE format('CREATE TABLE IF NOT EXISTS shadow.%I (LIKE %s)',
                       split_part(r.object_identity, '.', 2) || '_audit', r.object_identity);
    END LOOP;
END $$;

CREATE EVENT TRIGGER make_twin ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION make_twin();
