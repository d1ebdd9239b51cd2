-- fixture: rules=EVT207 pg=18
-- No verify line (dead code). Hazard: the only trigger filters CREATE TABLE and ALTER TABLE, so the
-- DROP TABLE branch can never run (facts 3: the tag filter is applied before firing).
CREATE FUNCTION table_events() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
        IF r.command_tag = 'CREATE TABLE' THEN
            RAISE NOTICE 'created %', r.object_identity;
        -- expect: EVT207
        ELSIF r.command_tag = 'DROP TABLE' THEN
            RAISE NOTICE 'dropped %', r.object_identity;
        END IF;
    END LOOP;
END $$;

CREATE EVENT TRIGGER table_events ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
    EXECUTE FUNCTION table_events();
