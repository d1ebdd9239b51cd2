-- fixture: rules=EVT302 pg=18
-- verify: firing-order ALTER TABLE t DROP COLUMN c
-- Near-miss: words, no numbers, all lower case: byte order is alphabetical order.
SET event_triggers = off;
CREATE TABLE t (id int, c int);
CREATE OR REPLACE FUNCTION note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;
CREATE EVENT TRIGGER audit_collect ON ddl_command_end EXECUTE FUNCTION note();
CREATE EVENT TRIGGER audit_enrich ON ddl_command_end EXECUTE FUNCTION note();
CREATE EVENT TRIGGER audit_publish ON ddl_command_end EXECUTE FUNCTION note();
