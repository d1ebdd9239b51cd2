-- fixture: rules=EVT304 pg=18
-- No verify line: the lookup silently finds nothing, which no check observes (docs/ground-truth.md).
-- A start trigger that looks the new table up in pg_class by the name in the query text.
CREATE OR REPLACE FUNCTION check_owner() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    tbl text := substring(current_query() from '(?i)create table\s+(\S+)');
    own name;
BEGIN
    -- expect: EVT304
    SELECT pg_get_userbyid(c.relowner) INTO own FROM pg_class c WHERE c.oid = to_regclass(tbl);
    IF own IS NULL THEN
        RAISE NOTICE 'table % not found', tbl;
    END IF;
END $$;

CREATE EVENT TRIGGER check_owner ON ddl_command_start WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION check_owner();
