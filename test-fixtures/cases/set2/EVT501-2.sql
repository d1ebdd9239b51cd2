-- fixture: rules=EVT501 pg=18
-- No verify line. pg_temp missing at the end: temporary objects are searched first (facts 3: the
-- function runs as its owner for whoever logs in).
CREATE OR REPLACE FUNCTION welcome() RETURNS event_trigger
    LANGUAGE plpgsql
    SET search_path TO pg_catalog, audit
    SECURITY DEFINER -- expect: EVT501
AS $$
BEGIN
    RAISE NOTICE 'welcome %', session_user;
END $$;
CREATE EVENT TRIGGER welcome ON login EXECUTE FUNCTION welcome();
