-- fixture: rules=EVT401 pg=18
-- verify: command DROP TABLE ledger
-- Hazard: pg_event_trigger_dropped_objects() in a ddl_command_end function fails (facts 4).
CREATE TABLE ledger (id int);
CREATE TABLE drop_history (obj text);

CREATE FUNCTION after_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO drop_history
    -- expect: EVT401
    SELECT object_identity FROM pg_event_trigger_dropped_objects();
END $$;

CREATE EVENT TRIGGER after_drop ON ddl_command_end
    WHEN TAG IN ('DROP TABLE', 'DROP VIEW')
    EXECUTE FUNCTION after_drop();
