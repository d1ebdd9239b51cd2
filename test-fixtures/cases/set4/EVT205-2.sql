-- fixture: rules=EVT205 pg=18
-- verify: creation
-- Hazard: a quoted upper-case event name is not folded (facts 1.2 check 2).
CREATE FUNCTION drop_note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'dropped';
END $$;

-- expect: EVT205 "unrecognized event name"
CREATE EVENT TRIGGER drop_note ON "SQL_DROP" EXECUTE FUNCTION drop_note();
