CREATE FUNCTION log_connection() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO connection_log VALUES (session_user, now());
  UPDATE login_counts SET n = n + 1 WHERE usename = session_user;
END $$;
CREATE EVENT TRIGGER log_connection ON login EXECUTE FUNCTION log_connection();
