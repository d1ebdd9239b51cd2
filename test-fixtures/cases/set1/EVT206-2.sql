-- fixture: rules=EVT206 pg=18
-- verify: fires ALTER TABLE items DROP COLUMN legacy_code
-- Near-miss: ALTER TABLE does fire sql_drop (DROP COLUMN), so it belongs in a sql_drop filter.
CREATE TABLE items (id int PRIMARY KEY, legacy_code text);

CREATE OR REPLACE FUNCTION dropped_columns() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
        RAISE NOTICE 'dropped % %', r.object_type, r.object_identity;
    END LOOP;
END $$;

CREATE EVENT TRIGGER dropped_columns ON sql_drop
    WHEN TAG IN ('ALTER TABLE', 'DROP TABLE', 'ALTER TYPE', 'ALTER DOMAIN')
    EXECUTE FUNCTION dropped_columns();
