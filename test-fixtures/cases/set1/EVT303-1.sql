-- fixture: rules=EVT303 pg=18
-- verify: rollback audit.ddl_attempts CREATE TABLE once_only (id int)
-- "Record every DDL attempt, including the ones that fail": the row is rolled back with a failing
-- command (fact 8.1), so failed attempts are exactly the ones never recorded.
CREATE SCHEMA IF NOT EXISTS audit;
CREATE TABLE IF NOT EXISTS audit.ddl_attempts (
    id         bigint GENERATED ALWAYS AS IDENTITY,
    tag        text,
    username   text DEFAULT current_user,
    query      text,
    attempted  timestamptz DEFAULT now()
);

CREATE OR REPLACE FUNCTION audit.log_attempt() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- expect: EVT303
    INSERT INTO audit.ddl_attempts (tag, query) VALUES (tg_tag, current_query());
END $$;

DROP EVENT TRIGGER IF EXISTS log_attempt;
CREATE EVENT TRIGGER log_attempt ON ddl_command_start EXECUTE FUNCTION audit.log_attempt();
