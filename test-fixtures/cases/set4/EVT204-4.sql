-- fixture: rules=EVT204 pg=18
-- verify: creation
-- Near-miss: the three table_rewrite tags, in any case.
CREATE FUNCTION rewrite_log() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'rewrite of % (reason %)', pg_event_trigger_table_rewrite_oid()::regclass,
        pg_event_trigger_table_rewrite_reason();
END $$;

CREATE EVENT TRIGGER rewrite_log ON table_rewrite
    WHEN TAG IN ('alter table', 'Alter Type', 'ALTER MATERIALIZED VIEW')
    EXECUTE FUNCTION rewrite_log();
