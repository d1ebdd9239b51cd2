-- fixture: rules=EVT302 pg=18
-- verify: firing-order ALTER TABLE t DROP COLUMN c
-- Mixed case: "Zz_last" is meant to run last but upper case sorts before every lower-case name.
SET event_triggers = off;
CREATE TABLE t (id int, c int);
CREATE OR REPLACE FUNCTION note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'fired for %', tg_tag;
END $$;

CREATE EVENT TRIGGER a_first ON sql_drop EXECUTE FUNCTION note();
CREATE EVENT TRIGGER m_middle ON sql_drop EXECUTE FUNCTION note();
-- expect: EVT302 "Zz_last, a_first, m_middle"
CREATE EVENT TRIGGER "Zz_last" ON sql_drop EXECUTE FUNCTION note();
