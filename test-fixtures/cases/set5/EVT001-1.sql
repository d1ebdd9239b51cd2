-- fixture: rules=EVT001,EVT101 pg=18
-- No verify line: a claim about evtlint's own comments. The write is guarded, so the
-- suppression above it suppresses nothing (fact 7: guarded writes are skipped on standbys).
CREATE TABLE logins (u text);
CREATE FUNCTION log_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_is_in_recovery() THEN
    RETURN;
  END IF;
  -- expect: EVT001
  -- evtlint-ignore EVT101 standby logins are skipped above
  INSERT INTO logins VALUES (session_user);
END $$;
CREATE EVENT TRIGGER log_login ON login EXECUTE FUNCTION log_login();
