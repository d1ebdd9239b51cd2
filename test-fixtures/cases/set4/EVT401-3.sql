-- fixture: rules=EVT401 pg=18
-- verify: command ALTER TABLE ledger ALTER COLUMN id TYPE bigint
-- Hazard: at ddl_command_start no rewrite has happened; the rewrite-oid function raises (facts 4).
CREATE TABLE ledger (id int);

CREATE FUNCTION warn_rewrite() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    -- expect: EVT401
    RAISE NOTICE 'about to rewrite %', pg_event_trigger_table_rewrite_oid()::regclass;
END $$;

CREATE EVENT TRIGGER warn_rewrite ON ddl_command_start
    WHEN TAG IN ('ALTER TABLE')
    EXECUTE FUNCTION warn_rewrite();
