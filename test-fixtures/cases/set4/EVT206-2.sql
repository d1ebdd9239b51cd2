-- fixture: rules=EVT206 pg=18
-- verify: fires ALTER TYPE addr DROP ATTRIBUTE zip
-- Near-miss: ALTER TYPE ... DROP ATTRIBUTE does fire sql_drop, although the doc matrix says no
-- (facts 2, verified corrections).
CREATE TYPE addr AS (street text, zip text);

CREATE FUNCTION type_drop_log() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'attribute dropped';
END $$;

CREATE EVENT TRIGGER type_drop_log ON sql_drop
    WHEN TAG IN ('ALTER TYPE')
    EXECUTE FUNCTION type_drop_log();
