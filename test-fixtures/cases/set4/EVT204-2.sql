-- fixture: rules=EVT204 pg=18
-- verify: creation
-- Hazard: table_rewrite accepts only ALTER TABLE / ALTER TYPE / ALTER MATERIALIZED VIEW (facts 1.2 4c).
CREATE FUNCTION no_rewrites() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % would be rewritten', pg_event_trigger_table_rewrite_oid()::regclass;
END $$;

CREATE EVENT TRIGGER no_rewrites ON table_rewrite
    -- expect: EVT204 "event triggers are not supported for CLUSTER"
    WHEN TAG IN ('ALTER TABLE', 'CLUSTER')
    EXECUTE FUNCTION no_rewrites();
