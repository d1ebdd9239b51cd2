-- fixture: rules=EVT305 pg=18
-- verify: command ALTER TABLE orders ADD COLUMN note text
-- Near-miss: the same DDL behind a recursion guard on a session setting.
CREATE TABLE orders (id int);
CREATE TABLE schema_meta (version int);

CREATE OR REPLACE FUNCTION touch_meta() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('meta.in_trigger', true), '') = 'on' THEN
        RETURN;
    END IF;
    PERFORM set_config('meta.in_trigger', 'on', true);
    ALTER TABLE schema_meta ALTER COLUMN version SET DEFAULT 1;
    PERFORM set_config('meta.in_trigger', 'off', true);
END $$;

CREATE EVENT TRIGGER touch_meta ON ddl_command_end
    WHEN TAG IN ('ALTER TABLE')
    EXECUTE FUNCTION touch_meta();
