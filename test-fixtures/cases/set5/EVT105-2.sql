-- fixture: rules=EVT105 pg=18
-- Hazard (expectation corrected after the measurement): disabled for a data load, then enabled
-- again; at the end standby logins are accepted, but between the two autocommitted statements
-- every standby login fails (fact 6.3).
CREATE FUNCTION session_banner() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'connected to %', current_database();
END $$;
CREATE EVENT TRIGGER session_banner ON login EXECUTE FUNCTION session_banner();

-- expect: EVT105
ALTER EVENT TRIGGER session_banner DISABLE;
CREATE TABLE bulk_load (id int);
INSERT INTO bulk_load SELECT generate_series(1, 100);
ALTER EVENT TRIGGER session_banner ENABLE;
