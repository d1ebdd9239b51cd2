-- fixture: rules=EVT104 pg=16
-- No verify line. REINDEX fires event triggers (and is a valid tag) only from 17 on.
CREATE OR REPLACE FUNCTION note_maint() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '% ran', tg_tag;
END $$;

CREATE EVENT TRIGGER note_maint ON ddl_command_start
  WHEN TAG IN ('CREATE INDEX',
               'REINDEX') -- expect: EVT104 col 16
  EXECUTE FUNCTION note_maint();
