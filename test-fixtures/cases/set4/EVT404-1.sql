-- fixture: rules=EVT404 pg=18
-- verify: creation
-- Hazard: a DML trigger function (RETURNS trigger) reused for an event trigger.
CREATE TABLE t (id int, touched_by name);

CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.touched_by := current_user;
    RETURN NEW;
END $$;

CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();

CREATE EVENT TRIGGER touch_ddl ON ddl_command_end
    -- expect: EVT404 "function touch must return type event_trigger"
    EXECUTE FUNCTION touch();
