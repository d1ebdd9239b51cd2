CREATE TABLE connection_log (username text, connected_at timestamptz);
CREATE FUNCTION log_connection() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO connection_log VALUES (session_user, now());
END $$;
