CREATE FUNCTION forbid_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'drops are not allowed';
END $$;
CREATE EVENT TRIGGER forbid_drops ON sql_drop EXECUTE FUNCTION forbid_drops();
