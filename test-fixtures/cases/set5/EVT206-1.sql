-- fixture: rules=EVT206 pg=18
-- verify: fires CREATE INDEX ON items (sku)
-- Hazard: CREATE INDEX never fires sql_drop.
CREATE TABLE items (sku text);
CREATE FUNCTION idx_seen() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;

CREATE EVENT TRIGGER idx_created ON ddl_command_end
  WHEN TAG IN ('CREATE INDEX') EXECUTE FUNCTION idx_seen();
CREATE EVENT TRIGGER idx_dropped ON sql_drop
  -- expect: EVT206
  WHEN TAG IN ('CREATE INDEX', 'DROP INDEX') EXECUTE FUNCTION idx_seen();
