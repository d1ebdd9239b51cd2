-- fixture: rules=EVT206 pg=18
-- verify: fires ALTER TABLE items DROP COLUMN legacy
-- Near-miss: ALTER TABLE does fire sql_drop when it drops a column.
CREATE TABLE items (sku text, legacy int);
CREATE FUNCTION col_dropped() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;

CREATE EVENT TRIGGER col_dropped ON sql_drop
  WHEN TAG IN ('ALTER TABLE') EXECUTE FUNCTION col_dropped();
