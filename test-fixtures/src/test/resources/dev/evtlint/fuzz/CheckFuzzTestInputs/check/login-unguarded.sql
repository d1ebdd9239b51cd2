CREATE FUNCTION on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO login_log VALUES (session_user, now());
  RAISE EXCEPTION 'closed';
END $$;
CREATE EVENT TRIGGER on_login ON login EXECUTE FUNCTION on_login();
