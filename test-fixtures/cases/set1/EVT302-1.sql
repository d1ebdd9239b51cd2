-- fixture: rules=EVT302 pg=18
-- verify: firing-order ALTER TABLE t DROP COLUMN c
-- Numbered without padding: audit_10 fires between audit_1 and audit_2.
SET event_triggers = off;
CREATE TABLE t (id int, c int);
CREATE OR REPLACE FUNCTION note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'fired for %', tg_tag;
END $$;

CREATE EVENT TRIGGER audit_1 ON ddl_command_end EXECUTE FUNCTION note();
CREATE EVENT TRIGGER audit_2 ON ddl_command_end EXECUTE FUNCTION note();
-- expect: EVT302 "audit_1, audit_10, audit_2"
CREATE EVENT TRIGGER audit_10 ON ddl_command_end EXECUTE FUNCTION note();
