-- fixture: rules=EVT501 pg=18
-- No verify line. pg_temp missing at the end, but the body names no relation or type without a
-- schema (pg_temp holds nothing else), so no temporary object can take a place: a near-miss.
-- (Corrected after the measurement: written as a hazard from RULES.md's "no trailing pg_temp".)
CREATE OR REPLACE FUNCTION welcome() RETURNS event_trigger
    LANGUAGE plpgsql
    SET search_path TO pg_catalog, audit
    SECURITY DEFINER
AS $$
BEGIN
    RAISE NOTICE 'welcome %', session_user;
END $$;
CREATE EVENT TRIGGER welcome ON login EXECUTE FUNCTION welcome();
