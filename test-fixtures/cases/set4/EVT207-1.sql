-- fixture: rules=EVT207 pg=18
-- No verify line: the claim is dead code. table_rewrite fires only for ALTER TABLE, ALTER TYPE
-- and ALTER MATERIALIZED VIEW (facts 1.2 4c, 2: not for CLUSTER or VACUUM FULL).
CREATE FUNCTION rewrite_guard() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    tbl regclass := pg_event_trigger_table_rewrite_oid();
BEGIN
    -- expect: EVT207
    IF TG_TAG = 'VACUUM' THEN
        RETURN;
    END IF;
    RAISE NOTICE 'rewriting %', tbl;
END $$;

CREATE EVENT TRIGGER rewrite_guard ON table_rewrite EXECUTE FUNCTION rewrite_guard();
