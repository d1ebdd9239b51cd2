CREATE FUNCTION no_night_logins() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  IF extract(hour FROM now()) BETWEEN 2 AND 4 THEN
    RAISE EXCEPTION 'Login forbidden';
  END IF;
END $$;
CREATE EVENT TRIGGER no_night_logins ON login EXECUTE FUNCTION no_night_logins();
