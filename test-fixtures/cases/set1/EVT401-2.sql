-- fixture: rules=EVT401 pg=18
-- verify: command ALTER TABLE accounts ADD COLUMN note text
-- The rewritten table's OID asked for in an ALTER TABLE end trigger (fact 4: reliable error).
CREATE TABLE accounts (id int);

CREATE OR REPLACE FUNCTION watch_alters() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'altered %',
        pg_event_trigger_table_rewrite_oid()::regclass; -- expect: EVT401
END $$;

CREATE EVENT TRIGGER watch_alters ON ddl_command_end
    WHEN TAG IN ('ALTER TABLE')
    EXECUTE FUNCTION watch_alters();
