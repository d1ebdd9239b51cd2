-- fixture: rules=EVT204 pg=18
-- verify: creation
-- A tag filter on a login trigger (fact 1.2 #4d).
CREATE OR REPLACE FUNCTION login_hello() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'hi';
END $$;

CREATE EVENT TRIGGER login_hello ON login
  WHEN TAG IN ('LOGIN') -- expect: EVT204 col 3 "tag filtering is not supported for login event triggers"
  EXECUTE FUNCTION login_hello();
