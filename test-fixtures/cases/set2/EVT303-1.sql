-- fixture: rules=EVT303 pg=18
-- verify: rollback ddl_journal CREATE TABLE once_only (id int)
-- The start trigger journals the attempt through dynamic SQL.
CREATE TABLE ddl_journal (tag text, sql text, at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION journal() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'INSERT INTO ddl_journal (tag, sql) VALUES ($1, $2)' USING tg_tag, current_query(); -- expect: EVT303
END $$;

CREATE EVENT TRIGGER journal ON ddl_command_start EXECUTE FUNCTION journal();
