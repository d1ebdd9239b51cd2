-- fixture: rules=EVT203 pg=18
-- verify: creation
-- Two typos in tag lists: a doubled space and a tag that does not exist (ALTER COLUMN is ALTER TABLE).
CREATE OR REPLACE FUNCTION ddl_note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER note_index ON ddl_command_end
  WHEN TAG IN ('CREATE  INDEX') -- expect: EVT203 col 16 "not recognized for filter variable"
  EXECUTE FUNCTION ddl_note();

CREATE EVENT TRIGGER note_columns ON ddl_command_end
  WHEN TAG IN ('ALTER COLUMN') -- expect: EVT203 col 16 "not recognized for filter variable"
  EXECUTE FUNCTION ddl_note();
