-- fixture: rules=EVT305 pg=18
-- verify: command CREATE TABLE reports (id int)
-- No tag filter, and the function runs a GRANT (a DDL tag too) through EXECUTE on every firing.
CREATE ROLE app_reader NOLOGIN;
CREATE TABLE shared_lookup (code text);

CREATE OR REPLACE FUNCTION grant_reader() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    -- expect: EVT305
    EXECUTE 'GRANT SELECT ON shared_lookup TO app_reader';
END $$;

CREATE EVENT TRIGGER grant_reader ON ddl_command_end EXECUTE FUNCTION grant_reader();
