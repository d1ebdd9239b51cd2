CREATE FUNCTION noop() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1;
END $$;
CREATE EVENT TRIGGER noop ON ddl_command_end EXECUTE FUNCTION noop();
