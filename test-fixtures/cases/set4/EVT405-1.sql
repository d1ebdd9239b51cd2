-- fixture: rules=EVT405 pg=18
-- verify: creation
-- Hazard: RETURN NULL, copied from a DML trigger, is refused when the function is created (facts 5).
CREATE FUNCTION veto_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF tg_tag LIKE 'DROP%' THEN
        RAISE EXCEPTION 'drops are disabled';
    END IF;
    -- expect: EVT405 "RETURN cannot have a parameter in function returning void"
    RETURN NULL;
END $$;

CREATE EVENT TRIGGER veto_drops ON ddl_command_start EXECUTE FUNCTION veto_drops();
