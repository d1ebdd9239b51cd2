
BEGIN
  BEGIN
    BEGIN
      NULL;
    END;
  END;
END
