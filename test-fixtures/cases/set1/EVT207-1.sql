-- fixture: rules=EVT207 pg=18
-- No verify line: dead code is not observable. Fact 8.2: role commands never fire event triggers,
-- and ALTER TABLE is outside this trigger's WHEN list.
CREATE OR REPLACE FUNCTION ddl_policy() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF tg_tag = 'DROP ROLE' THEN -- expect: EVT207
        RAISE EXCEPTION 'roles are managed by the IAM pipeline';
    ELSIF TG_TAG = 'ALTER TABLE' THEN -- expect: EVT207
        RAISE NOTICE 'altering a table';
    ELSIF TG_TAG = 'CREATE TABLE' THEN
        RAISE NOTICE 'new table';
    END IF;
END $$;

CREATE EVENT TRIGGER ddl_policy ON ddl_command_start
    WHEN TAG IN ('CREATE TABLE', 'CREATE INDEX')
    EXECUTE FUNCTION ddl_policy();
