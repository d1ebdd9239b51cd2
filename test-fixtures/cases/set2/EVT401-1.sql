-- fixture: rules=EVT401 pg=18
-- No verify line: outside table_rewrite the reason function may return garbage instead of failing
-- (facts 4), so no check can tell.
CREATE OR REPLACE FUNCTION why() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '% reason %', tg_tag, pg_event_trigger_table_rewrite_reason(); -- expect: EVT401
END $$;

CREATE EVENT TRIGGER why ON ddl_command_end WHEN TAG IN ('ALTER TABLE') EXECUTE FUNCTION why();
