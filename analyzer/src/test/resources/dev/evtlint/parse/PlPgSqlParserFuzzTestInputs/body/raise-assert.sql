
BEGIN
  ASSERT current_setting('x.y', true) IS NOT NULL, 'missing';
  RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'no';
END
