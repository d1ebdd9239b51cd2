-- fixture: rules=EVT305 pg=18
-- verify: command ALTER TABLE orders ADD COLUMN note text
-- Every ALTER TABLE bumps a "schema version" column with another ALTER TABLE, which fires the
-- trigger again, without end (fact 3: stack depth limit exceeded).
CREATE TABLE orders (id int);
CREATE TABLE schema_meta (version int);

CREATE OR REPLACE FUNCTION touch_meta() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    -- expect: EVT305
    ALTER TABLE schema_meta ALTER COLUMN version SET DEFAULT 1;
END $$;

CREATE EVENT TRIGGER touch_meta ON ddl_command_end
    WHEN TAG IN ('ALTER TABLE')
    EXECUTE FUNCTION touch_meta();
