CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE NOTICE 'x;y';
END $fn$;
