
BEGIN
  IF pg_is_in_recovery() THEN
    RETURN;
  END IF;
  INSERT INTO log VALUES (session_user, now());
END
