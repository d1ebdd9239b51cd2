-- fixture: rules=EVT102 pg=18
-- verify: login
-- An allow-list of client applications in a CASE statement; everything else, a superuser's
-- session included, is refused by the RAISE in the ELSE.
CREATE OR REPLACE FUNCTION by_app() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    CASE current_setting('application_name')
        WHEN 'psql' THEN
            RAISE NOTICE 'hello psql';
        WHEN 'app' THEN
            RAISE NOTICE 'hello app';
        ELSE
            RAISE EXCEPTION 'unknown client %', current_setting('application_name'); -- expect: EVT102
    END CASE;
END $$;

DROP EVENT TRIGGER IF EXISTS by_app;
CREATE EVENT TRIGGER by_app ON login EXECUTE FUNCTION by_app();
