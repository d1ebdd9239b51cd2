-- fixture: rules=EVT204 pg=18
-- verify: creation
-- TRUNCATE is not DDL for event triggers; ALTER INDEX never rewrites for table_rewrite's purposes.
CREATE OR REPLACE FUNCTION guard_fn() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '% %', tg_event, tg_tag;
END $$;

CREATE EVENT TRIGGER no_truncate ON ddl_command_start
    WHEN TAG IN ('TRUNCATE TABLE') -- expect: EVT204 "event triggers are not supported for TRUNCATE TABLE"
    EXECUTE FUNCTION guard_fn();

CREATE EVENT TRIGGER rewrite_watch ON table_rewrite
    WHEN TAG IN ('ALTER TABLE', 'ALTER INDEX') -- expect: EVT204 col 33 "event triggers are not supported for ALTER INDEX"
    EXECUTE FUNCTION guard_fn();
