CREATE FUNCTION log_connection() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_is_in_recovery() THEN
    INSERT INTO connection_log VALUES (session_user, now());
  END IF;
END $$;
CREATE EVENT TRIGGER log_connection ON login EXECUTE FUNCTION log_connection();
