-- fixture: rules=EVT204 pg=18
-- verify: creation
-- Hazard: a login trigger takes no tag filter at all, not even LOGIN (facts 1.2 4d).
CREATE FUNCTION on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'hello';
END $$;

CREATE EVENT TRIGGER on_login ON login
    -- expect: EVT204 "tag filtering is not supported for login event triggers"
    WHEN TAG IN ('LOGIN')
    EXECUTE FUNCTION on_login();
