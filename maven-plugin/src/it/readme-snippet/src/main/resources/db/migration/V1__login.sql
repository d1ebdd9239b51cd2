CREATE TABLE logins (who text);

CREATE FUNCTION note_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO logins VALUES (session_user);
END;
$$;

CREATE EVENT TRIGGER note_login ON login EXECUTE FUNCTION note_login();
