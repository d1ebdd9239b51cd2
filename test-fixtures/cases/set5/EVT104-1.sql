-- fixture: rules=EVT104 pg=16
-- No verify line: the target version is 16, the harness runs 17 and 18 (facts 6: login is PG17+).
CREATE FUNCTION note_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'login %', session_user;
END $$;

-- expect: EVT104
CREATE EVENT TRIGGER note_login ON login EXECUTE FUNCTION note_login();
