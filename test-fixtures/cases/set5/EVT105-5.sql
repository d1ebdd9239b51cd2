-- fixture: rules=EVT105,EVT602 pg=18
-- verify: standby-after-removal
-- Hazard: the login trigger is removed through a dependency (DROP SCHEMA ... CASCADE), which
-- clears dathasloginevt no more than a DROP EVENT TRIGGER does (facts 6.2-6.3).
CREATE SCHEMA banner;
CREATE FUNCTION banner.show() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'welcome';
END $$;
CREATE EVENT TRIGGER banner_show ON login EXECUTE FUNCTION banner.show();

-- expect: EVT105, EVT602
DROP SCHEMA banner CASCADE;
