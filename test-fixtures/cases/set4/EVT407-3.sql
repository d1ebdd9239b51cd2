-- fixture: rules=EVT407 pg=18
-- verify: command CREATE TABLE probe_407 (id int)
-- Hazard: a monthly partition name built from the date and cast to regclass; until someone
-- creates the partition, the cast fails and blocks the DDL.
CREATE SCHEMA archive;

CREATE FUNCTION archive_target() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    target regclass;
BEGIN
    -- expect: EVT407
    target := format('archive.%I', 'ddl_' || to_char(now(), 'YYYY_MM'))::regclass;
    EXECUTE format('INSERT INTO %s VALUES ($1)', target) USING tg_tag;
END $$;

CREATE EVENT TRIGGER archive_target ON ddl_command_end EXECUTE FUNCTION archive_target();
