-- fixture: rules=EVT102 pg=18
-- verify: login
-- Hazard: the RAISE sits in a block whose handler catches another condition only.
CREATE FUNCTION check_maintenance() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  flag text;
BEGIN
  BEGIN
    flag := coalesce(current_setting('app.maintenance', true), 'on');
    IF flag = 'on' THEN
      -- expect: EVT102
      RAISE EXCEPTION 'database is in maintenance mode';
    END IF;
  EXCEPTION WHEN undefined_object THEN
    NULL;
  END;
END $$;

CREATE EVENT TRIGGER check_maintenance ON login EXECUTE FUNCTION check_maintenance();
