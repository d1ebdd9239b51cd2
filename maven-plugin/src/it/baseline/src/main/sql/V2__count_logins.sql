CREATE FUNCTION count_logins() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE login_counts SET n = n + 1 WHERE usename = session_user;
END $$;
CREATE EVENT TRIGGER count_logins ON login EXECUTE FUNCTION count_logins();
