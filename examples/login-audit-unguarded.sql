-- The same kind of login trigger without a recovery check: on a hot standby the INSERT fails,
-- and because an error in a login trigger is FATAL, every connection to the standby is refused.

CREATE TABLE connection_log (
  username text,
  connected_at timestamp with time zone
);

CREATE FUNCTION log_connection()
  RETURNS event_trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  INSERT INTO connection_log VALUES (session_user, now());
END;
$$;

CREATE EVENT TRIGGER log_connection
  ON login
  EXECUTE FUNCTION log_connection();
